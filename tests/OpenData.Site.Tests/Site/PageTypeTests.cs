using System.Reflection;
using Microsoft.AspNetCore.Components;

namespace OpenData.Site.Tests.Build;

public sealed class PageTypeTests
{
    private static readonly Type[] Components = [.. typeof(PageRenderer).Assembly.GetTypes().Where(t => typeof(IComponent).IsAssignableFrom(t))];

    /// <summary>A page component: a <see cref="SitePage"/>, or a <see cref="SitePage{TView}"/> of some view.</summary>
    public static bool IsPage(Type type) => !type.IsAbstract && (type.IsSubclassOf(typeof(SitePage)) || ViewOf(type) is not null);

    [Fact]
    public void No_component_parameter_is_typed_object()
    {
        var parameters = Components
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.IsDefined(typeof(ParameterAttribute))))
            .ToList();

        Assert.NotEmpty(parameters);
        Assert.All(parameters, p => Assert.False(p.PropertyType == typeof(object), $"{p.DeclaringType!.Name}.{p.Name} is an object: give it its type"));
    }

    [Fact]
    public void Every_page_with_a_view_takes_a_view_of_its_own_type()
    {
        var views = Components.Where(IsPage).Select(ViewOf).OfType<Type>().ToList();

        Assert.Contains(typeof(Report), views);
        Assert.All(views, v => Assert.NotEqual(typeof(object), v));
    }

    [Fact]
    public void The_page_context_hands_out_nothing_untyped()
    {
        var members = typeof(PageContext).GetMembers(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly);

        Assert.DoesNotContain(members.OfType<PropertyInfo>(), p => p.PropertyType == typeof(object));
        Assert.DoesNotContain(members.OfType<MethodInfo>(), m => m.IsGenericMethodDefinition || m.ReturnType == typeof(object));
    }

    [Fact]
    public void The_plan_gives_each_page_the_view_its_component_takes()
    {
        foreach (var page in RoutePlan.Create(SiteFixture.Model).Pages)
        {
            var planned = page.GetType();
            Assert.True(planned.IsGenericType, page.Path);
            Assert.Equal(page.Component, planned.GetGenericArguments()[0]);
            Assert.Equal(ViewOf(page.Component), planned.GetGenericArguments().ElementAtOrDefault(1));
        }
    }

    private static Type? ViewOf(Type type)
    {
        for (var t = type.BaseType; t is not null; t = t.BaseType)
        {
            if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(SitePage<>))
            {
                return t.GetGenericArguments()[0];
            }
        }

        return null;
    }
}

using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.AspNetCore.Components;

namespace OpenData.Site;

/// <summary>A component type as <see cref="StaticPageWriter"/> uses it: makes a component and sets its parameters one
/// by one, straight from the attribute frames of its parent's render tree.</summary>
/// <remarks>Parameters are set as <see cref="ParameterView.SetParameterProperties"/> sets them (a public
/// <see cref="ParameterAttribute"/> property, named ignoring case; a name no parameter has is an error), without the
/// dictionary and <see cref="ParameterView"/> Blazor needs for each child component: those were a sixth of what the
/// render-pages step allocated. Types are looked up once per process; thread-safe.</remarks>
internal sealed class StaticComponentType
{
    private static readonly ConcurrentDictionary<Type, StaticComponentType> Known = new();

    private static readonly MethodInfo TypedSetterMethod =
        typeof(StaticComponentType).GetMethod(nameof(TypedSetter), BindingFlags.NonPublic | BindingFlags.Static)!;

    private readonly Type _type;
    private readonly Parameter[] _parameters;

    private StaticComponentType(Type type)
    {
        if (!typeof(StaticComponent).IsAssignableFrom(type))
        {
            throw new NotSupportedException($"{type.Name} is not a {nameof(StaticComponent)}");
        }

        _type = type;
        _parameters = [.. type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.IsDefined(typeof(ParameterAttribute), inherit: true))
            .Select(p => new Parameter(p.Name, Setter(p)))];
    }

    /// <summary>The type, looked up once.</summary>
    public static StaticComponentType Of(Type type) => Known.GetOrAdd(type, static t => new StaticComponentType(t));

    /// <summary>A new component of the type, its parameters not yet set.</summary>
    public StaticComponent Create() => (StaticComponent)Activator.CreateInstance(_type)!;

    /// <summary>Sets the parameter <paramref name="name"/> of <paramref name="component"/>.</summary>
    public void Set(StaticComponent component, string name, object? value)
    {
        // Razor writes parameter names as literals, so the name is nearly always the very string looked up.
        var parameters = _parameters;
        foreach (var parameter in parameters)
        {
            if (ReferenceEquals(parameter.Name, name))
            {
                parameter.Set(component, value);
                return;
            }
        }

        foreach (var parameter in parameters)
        {
            if (string.Equals(parameter.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                parameter.Set(component, value);
                return;
            }
        }

        throw new InvalidOperationException($"Object of type '{_type.FullName}' does not have a property matching the name '{name}'.");
    }

    private static Action<object, object?> Setter(PropertyInfo property)
    {
        if (property.SetMethod is not { IsPublic: true } setter)
        {
            throw new InvalidOperationException($"The type '{property.DeclaringType?.FullName}' declares a parameter matching the name '{property.Name}' that is not public. Parameters must be public.");
        }

        return (Action<object, object?>)TypedSetterMethod.MakeGenericMethod(property.DeclaringType!, property.PropertyType).Invoke(null, [setter])!;
    }

    // A typed delegate for the setter: a call, not reflection, for each parameter set.
    private static Action<object, object?> TypedSetter<TComponent, TValue>(MethodInfo setter)
    {
        var set = setter.CreateDelegate<Action<TComponent, TValue>>();
        return (component, value) => set((TComponent)component, (TValue)value!);
    }

    private readonly record struct Parameter(string Name, Action<object, object?> Set);
}

using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace OpenData.Site;

/// <summary>The base of every component of the site: a Razor component that <see cref="StaticPageWriter"/> can render
/// without a Blazor renderer.</summary>
/// <remarks>Pages are written once and never updated, so the renderer's component tree, diffing and disposal are pure
/// overhead. The components are synchronous and have no services, events or cascading values.</remarks>
public abstract class StaticComponent : ComponentBase
{
    /// <summary>What Blazor does for a new component's first render, in the same order, once its parameters are set
    /// (<see cref="ParameterView.SetParameterProperties"/>, or <see cref="StaticComponentType.Set"/> for each): run the
    /// initialise and parameters-set steps, then build the render tree into <paramref name="builder"/>.</summary>
    internal void RenderStatic(RenderTreeBuilder builder)
    {
        OnInitialized();
        Synchronous(OnInitializedAsync());
        OnParametersSet();
        Synchronous(OnParametersSetAsync());
        BuildRenderTree(builder);
    }

    private void Synchronous(Task task)
    {
        if (!task.IsCompleted)
        {
            throw new NotSupportedException($"{GetType().Name}: site components must render synchronously");
        }

        task.GetAwaiter().GetResult();
    }
}

using System.Collections.Immutable;
using VmoKernel.Abi;
using VmoKernel.Checks.Exploration.Monitors;
using VmoKernel.Kernel.Notifications;
using VmoKernel.Model;

namespace VmoKernel.Tests.Kernel.Exploration;

/// <summary>
/// REF-02 compares every VMO that changed on either side: one the kernel destroyed while the model keeps
/// it alive, and one the model's step destroyed that the kernel did not report, are both differences.
/// </summary>
public sealed class ObservableStateTests
{
    private const ulong Page = KernelLayout.PageSize;

    [Fact]
    [Trait("spec", "REF-02")]
    public void AVmoTheKernelDestroyedWhileTheModelKeepsItIsADifference()
    {
        var (model, koid, _) = OneVmo();
        var destroyed = Facts(koid, destroyed: true);

        var differences = ObservableState.Differences(model.State.Vmos, model.State.Vmos, [destroyed], _ => null).ToList();

        Assert.Equal([(koid, "is destroyed in the kernel but alive in the model")], differences);
    }

    [Fact]
    [Trait("spec", "REF-02")]
    public void AVmoOnlyTheModelsStepDestroyedIsComparedAsTheKernelLastReportedIt()
    {
        var (model, koid, handle) = OneVmo();
        var before = model.State.Vmos;
        Assert.Equal(Status.ZxOk, model.Invoke(model.InitialProcess, new HandleClose(handle)).Status);
        var stillAlive = Facts(koid, destroyed: false);

        var differences = ObservableState.Differences(before, model.State.Vmos, [], k => k == koid ? stillAlive : null).ToList();

        var (differing, text) = Assert.Single(differences);
        Assert.Equal(koid, differing);
        Assert.Equal("(changed by the model's step, not reported by the kernel) exists in the kernel but not in the model", text);
    }

    [Fact]
    public void BothKernelsDestroyingTheVmoAgree()
    {
        var (model, koid, handle) = OneVmo();
        var before = model.State.Vmos;
        model.Invoke(model.InitialProcess, new HandleClose(handle));

        Assert.Empty(ObservableState.Differences(before, model.State.Vmos, [Facts(koid, destroyed: true)], _ => null));
    }

    private static (ModelKernel Model, ulong Koid, uint Handle) OneVmo()
    {
        var model = new ModelKernel();
        var before = model.State.Vmos;
        var created = model.Invoke(model.InitialProcess, new VmoCreate(Page, 0));
        var handle = (uint)((IntValue)created.Value).Number;
        var koid = model.State.Vmos.Keys.Except(before.Keys).Single();
        return (model, koid, handle);
    }

    private static VmoFacts Facts(ulong koid, bool destroyed) =>
        new(koid, Page, 0, false, destroyed, ImmutableSortedDictionary<ulong, ulong>.Empty, ImmutableSortedDictionary<ulong, int>.Empty);
}

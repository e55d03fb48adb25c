using VmoKernel.Abi;
using VmoKernel.Checks.Proofs;
using VmoKernel.Model.State;
using Step = VmoKernel.Model.Kernel;

namespace VmoKernel.Tests.Proof.Agreement;

/// <summary>
/// Must-fail twins for the transitions the agreement property compares besides transfer, op_range and
/// reclaim: on one concrete case each, the encoding agrees with the model, and its mutant does not.
/// </summary>
public sealed class NewTransitionTwinTests
{
    private const ulong Page = KernelLayout.PageSize;

    private static readonly ulong P0 = KernelState.InitialProcessKoid;

    /// <summary>Shrinking a resizable VMO past a pinned page: the model says BAD_STATE.</summary>
    [Fact]
    public void SetSizeTellsThePinBlindShrinkFromTheModel()
    {
        var (state, vmo) = Vmo(VmoOptions.Resizable, 2);
        (state, _) = Step.Step(state, P0, new BtiPin(KernelLayout.HandleValue(2), BtiOptions.PermRead, vmo, Page, Page));
        AgreesButNotWith(new ConcreteCase(state, new VmoSetSize(vmo, Page), [vmo]), Mutant.ShrinkIgnoresPins);
    }

    /// <summary>A snapshot of a VMO with a pinned page: the parent keeps every page (D-10).</summary>
    [Fact]
    public void CreateChildTellsTheSnapshotThatMovesPagesFromTheModel()
    {
        var (state, vmo) = Vmo(0, 2);
        (state, _) = Step.Step(state, P0, new BtiPin(KernelLayout.HandleValue(2), BtiOptions.PermRead, vmo, 0, Page));
        AgreesButNotWith(new ConcreteCase(state, new VmoCreateChild(vmo, ChildOptions.Snapshot, 0, 2 * Page), [vmo]), Mutant.SnapshotMovesPinnedPages);
    }

    /// <summary>Closing the only handle of a VMO with pages: the model frees every frame it held.</summary>
    [Fact]
    public void CloseTellsTheLeakingCloseFromTheModel()
    {
        var (state, vmo) = Vmo(0, 2);
        AgreesButNotWith(new ConcreteCase(state, new HandleClose(vmo), [vmo]), Mutant.CloseLeaksFrames);
    }

    /// <summary>Reading a lockless VMO the reclaimer discarded: the model reads zeros with ZX_OK (D-5).</summary>
    [Fact]
    public void ReadTellsTheFailingLocklessReadFromTheModel()
    {
        var (state, vmo) = Vmo(VmoOptions.DiscardableLockless, 1);
        (state, _) = Step.Step(state, P0, new Reclaim(PressureLevel.Oom));
        Assert.True(state.Vmos.Values.Single().Discard.Discarded);
        AgreesButNotWith(new ConcreteCase(state, new VmoRead(vmo, 0, Page), [vmo]), Mutant.LocklessReadFailsAfterDiscard);
    }

    private static void AgreesButNotWith(ConcreteCase c, Mutant mutant)
    {
        Assert.Null(AgreementCheck.Run(c).Failure);
        Assert.NotNull(AgreementCheck.Run(c, mutant).Failure);
    }

    private static (KernelState State, uint Handle) Vmo(uint options, ulong pages)
    {
        var state = KernelState.Fresh();
        (state, var created) = Step.Step(state, P0, new VmoCreate(pages * Page, options));
        var handle = (uint)((IntValue)created.Value).Number;
        for (ulong page = 0; page < pages; page++)
        {
            (state, _) = Step.Step(state, P0, new VmoWrite(handle, page * Page, ByteString.Of([(byte)(3 + page)])));
        }

        return (state, handle);
    }
}

using VmoKernel.Abi;
using VmoKernel.Model.State;
using Step = VmoKernel.Model.Kernel;

namespace VmoKernel.Tests.Proof.Agreement;

/// <summary>
/// create_child and close on concrete cases the random property meets rarely: each compares the
/// encoding with the model's Step on every status, scalar, page and frame. The first three were real
/// disagreements the property found in the first encoding (issue 6): the new child's counters left
/// free, a destroyed child left in its parent's count, and one status for every rejected argument.
/// </summary>
public sealed class LifecycleAgreementTests
{
    private const ulong Page = KernelLayout.PageSize;

    private static readonly ulong P0 = KernelState.InitialProcessKoid;

    /// <summary>The model gives a new snapshot 0 children, 1 handle, lock count 0, no discard state, 0 change events.</summary>
    [Trait("spec", "INV-CHILD-01")]
    [Fact]
    public void CreateSnapshotFixesEveryScalarOfTheNewChild()
    {
        var (state, parent) = WithVmo(KernelState.Fresh());
        Agrees(state, new VmoCreateChild(parent, ChildOptions.Snapshot, 0, Page), [parent], Status.ZxOk);
    }

    /// <summary>Closing the last handle of a snapshot child takes it from its parent's children (0 left).</summary>
    [Trait("spec", "INV-HANDLE-02")]
    [Fact]
    public void CloseTakesADestroyedChildFromItsParent()
    {
        var (state, parent) = WithVmo(KernelState.Fresh());
        (state, var child) = Create(state, new VmoCreateChild(parent, ChildOptions.Snapshot, 0, Page));
        Agrees(state, new HandleClose(child), [parent, child], Status.ZxOk);
    }

    /// <summary>A snapshot range that wraps past 2^64 is OUT_OF_RANGE, not INVALID_ARGS.</summary>
    [Trait("spec", "INV-CHILD-04")]
    [Fact]
    public void CreateSnapshotReturnsTheModelsStatusForAWrappingRange()
    {
        var (state, parent) = WithVmo(KernelState.Fresh());
        Agrees(state, new VmoCreateChild(parent, ChildOptions.Snapshot, ulong.MaxValue - Page + 1, 2 * Page), [parent], Status.ZxErrOutOfRange);
    }

    /// <summary>Closing a parent orphans its snapshot child, which keeps what it captured.</summary>
    [Trait("spec", "INV-HANDLE-02")]
    [Fact]
    public void CloseOfAParentLeavesItsSnapshotChildReadingItsCaptures()
    {
        var (state, parent) = WithVmo(KernelState.Fresh());
        (state, var child) = Create(state, new VmoCreateChild(parent, ChildOptions.Snapshot, 0, 2 * Page));
        Agrees(state, new HandleClose(parent), [parent, child], Status.ZxOk);
    }

    /// <summary>A snapshot of a snapshot child captures what the child reads: its own writes over its captures.</summary>
    [Trait("spec", "INV-CHILD-01")]
    [Fact]
    public void ASnapshotOfASnapshotCapturesWhatTheChildReads()
    {
        var (state, parent) = WithVmo(KernelState.Fresh());
        (state, var child) = Create(state, new VmoCreateChild(parent, ChildOptions.Snapshot, 0, 2 * Page));
        (state, _) = Step.Step(state, P0, new VmoWrite(child, Page, ByteString.Of([3])));
        Agrees(state, new VmoCreateChild(child, ChildOptions.Snapshot, 0, 3 * Page), [parent, child], Status.ZxOk);
    }

    /// <summary>Every argument check of INV-CHILD-04 that applies to a snapshot, in the model's order.</summary>
    [Trait("spec", "INV-CHILD-04")]
    [Theory]
    [InlineData(ChildOptions.Snapshot | ChildOptions.Resizable, Page, 2 * Page, Status.ZxOk)]
    [InlineData(ChildOptions.Snapshot | ChildOptions.NoWrite, Page, 5 * Page, Status.ZxOk)]
    [InlineData(ChildOptions.Snapshot | ChildOptions.NoWrite | ChildOptions.Resizable, 0, Page, Status.ZxErrInvalidArgs)]
    [InlineData(ChildOptions.Snapshot | ChildOptions.NoWrite | ChildOptions.Resizable, 0, ulong.MaxValue, Status.ZxErrOutOfRange)]
    [InlineData(ChildOptions.Resizable, 0, Page, Status.ZxErrInvalidArgs)]
    [InlineData(ChildOptions.Snapshot | (1u << 12), 0, Page, Status.ZxErrInvalidArgs)]
    [InlineData(ChildOptions.Snapshot, 1, Page, Status.ZxErrInvalidArgs)]
    [InlineData(ChildOptions.Snapshot, 0, VmoLimits.MaxSize + Page, Status.ZxErrOutOfRange)]
    [InlineData(ChildOptions.Snapshot, 16 * Page, 2 * Page, Status.ZxOk)]
    public void CreateSnapshotChecksItsArgumentsAsTheModelDoes(uint options, ulong offset, ulong size, Status expected)
    {
        var (state, parent) = WithVmo(KernelState.Fresh());
        Agrees(state, new VmoCreateChild(parent, options, offset, size), [parent], expected);
    }

    /// <summary>The handle checks come before the parent's traits: a handle without READ is ACCESS_DENIED.</summary>
    [Trait("spec", "INV-CHILD-04")]
    [Fact]
    public void CreateSnapshotThroughAHandleWithoutReadIsAccessDenied()
    {
        var (state, parent) = WithVmo(KernelState.Fresh());
        (state, var writeOnly) = Create(state, new HandleDuplicate(parent, (uint)(Rights.Write | Rights.Duplicate)));
        Agrees(state, new VmoCreateChild(writeOnly, ChildOptions.Snapshot, 0, Page), [parent, writeOnly], Status.ZxErrAccessDenied);
        Agrees(state, new VmoCreateChild(0x7777, ChildOptions.Snapshot, 0, Page), [parent], Status.ZxErrBadHandle);
    }

    /// <summary>A discardable parent is NOT_SUPPORTED for a snapshot (INV-CHILD-03), after the handle checks.</summary>
    [Trait("spec", "INV-CHILD-03")]
    [Fact]
    public void ADiscardableParentHasNoSnapshot()
    {
        (var state, var parent) = Create(KernelState.Fresh(), new VmoCreate(Page, VmoOptions.Discardable));
        Agrees(state, new VmoCreateChild(parent, ChildOptions.Snapshot, 0, Page), [parent], Status.ZxErrNotSupported);
    }

    private static void Agrees(KernelState state, Syscall call, List<uint> handles, Status expected)
    {
        Assert.Equal(expected, Step.Step(state, P0, call).Result.Status);
        var verdict = AgreementCheck.Run(new ConcreteCase(state, call, handles));
        Assert.True(verdict.Applicable, verdict.Kind);
        Assert.Null(verdict.Failure);
    }

    private static (KernelState State, uint Handle) Create(KernelState state, Syscall call)
    {
        (state, var created) = Step.Step(state, P0, call);
        return (state, (uint)((IntValue)created.Value).Number);
    }

    private static (KernelState State, uint Handle) WithVmo(KernelState state)
    {
        (state, var handle) = Create(state, new VmoCreate(2 * Page, 0));
        (state, _) = Step.Step(state, P0, new VmoWrite(handle, 0, ByteString.Of([5])));
        (state, _) = Step.Step(state, P0, new VmoWrite(handle, Page, ByteString.Of([6])));
        return (state, handle);
    }
}

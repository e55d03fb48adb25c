using VmoKernel.Abi;
using VmoKernel.Model.Invariants;
using VmoKernel.Model.Linux.State;
using VmoKernel.Model.State;
using VmoKernel.Tests.Model.Support;

namespace VmoKernel.Tests.Model.Invariants;

/// <summary>
/// Edges of the single-state invariants (MemoryInvariants, PinInvariants here; DiscardInvariants and
/// ObjectInvariants in the Objects part): each test breaks exactly one clause of a check, or shows a
/// correct state at a boundary, and asserts the whole report. The messages are what exhaust prints
/// after VIOLATION, so they are asserted in full.
/// </summary>
public sealed partial class StateInvariantEdgeTests
{
    private const ulong Page = KernelLayout.PageSize;

    private static string[] Messages(KernelState state) => ReportedViolations.OfState(state);

    private static VmoState WithFrame(VmoState vmo, ulong page, ulong frame) =>
        vmo with { Pages = vmo.Pages.SetItem(page, vmo.Pages[page] with { Frame = frame }) };

    [Fact]
    [Trait("must-fail-twin", "INV-MEM-01")]
    public void AFrameSharedByTwoVmoPagesIsReportedWithBothOwners()
    {
        var (k, a, b) = InvariantStates.TwoWrittenVmos();
        var (va, vb) = (k.Vmo(a), k.Vmo(b));
        var frame = va.Pages[0].Frame;
        // vb's own frame goes back on the free stack, so only the sharing is wrong (no frame is lost).
        var memory = k.State.Memory with { Used = 1, Freed = k.State.Memory.Freed.Push(vb.Pages[0].Frame) };
        var broken = k.State.WithVmo(WithFrame(vb, 0, frame)) with { Memory = memory };
        Assert.Equal([$"INV-MEM-01: frame {frame} backs both VMO {va.Koid} page 0 and VMO {vb.Koid} page 0"], Messages(broken));
    }

    [Fact]
    [Trait("must-fail-twin", "INV-LINUX-01")]
    public void ALinuxPageOnTheFrameOfAVmoPageBreaksInvLinux01()
    {
        var (k, a, _) = InvariantStates.TwoWrittenVmos();
        var va = k.Vmo(a);
        var frame = va.Pages[0].Frame;
        var linux = k.State.Linux.TakeId(out var id);
        linux = linux with { Pages = linux.Pages.Add(id, new LinuxPage(frame, KernelScript.Fill(0, (int)Page))) };
        var broken = k.State with { Linux = linux };
        Assert.Equal([$"INV-LINUX-01: frame {frame} backs both VMO {va.Koid} page 0 and Linux page {id}"], Messages(broken));
    }

    [Fact]
    [Trait("must-fail-twin", "INV-MEM-02")]
    public void APageOnTheNextFreshFrameHoldsAFrameNeverAllocated()
    {
        var (k, _, b) = InvariantStates.TwoWrittenVmos();
        var vb = k.Vmo(b);
        var fresh = k.State.Memory.NextFresh;
        var broken = k.State.WithVmo(WithFrame(vb, 0, fresh));
        Assert.Equal([$"INV-MEM-02: VMO {vb.Koid} page 0 holds frame {fresh}, never allocated (next fresh {fresh})"], Messages(broken));
    }

    [Fact]
    [Trait("must-fail-twin", "INV-MEM-02")]
    public void APageRightAtTheEndOfAVmoIsBeyondItsSize()
    {
        var (k, a, _) = InvariantStates.TwoWrittenVmos();
        var va = k.Vmo(a);
        var moved = va with { Pages = va.Pages.Remove(0).Add(va.PageCount, va.Pages[0]) };
        Assert.Equal([$"INV-MEM-02: VMO {va.Koid} of 1 pages holds page 1 beyond its size"], Messages(k.State.WithVmo(moved)));
    }

    [Fact]
    [Trait("must-fail-twin", "INV-MEM-04")]
    public void ASliceHoldingItsParentsPageIsAViewWithPagesOfItsOwn()
    {
        var k = new KernelScript();
        var parent = k.Handle(new VmoCreate(Page, 0));
        k.Expect(Status.ZxOk, new VmoWrite(parent, 0, KernelScript.Text("p")));
        var slice = k.Handle(new VmoCreateChild(parent, ChildOptions.Slice, 0, Page));
        Assert.Empty(StateInvariants.Check(k.State));
        var (vp, vs) = (k.Vmo(parent), k.Vmo(slice));
        var broken = k.State
            .WithVmo(vp with { Pages = vp.Pages.Clear() })
            .WithVmo(vs with { Pages = vs.Pages.Add(0, vp.Pages[0]) });
        Assert.Equal([$"INV-MEM-04: view VMO {vs.Koid} holds 1 pages of its own"], Messages(broken));
    }

    [Fact]
    [Trait("must-fail-twin", "INV-MEM-02")]
    public void OneFrameUsedMoreThanPagesHoldIsALeak()
    {
        var (k, _, _) = InvariantStates.TwoWrittenVmos();
        var broken = k.State with { Memory = k.State.Memory with { Used = 3 } };
        Assert.Equal(["INV-MEM-02: 3 frames used but 2 back page slots", "INV-MEM-02: 2 frames taken from the allocator but 3 used and 0 free"], Messages(broken));
    }

    [Fact]
    [Trait("must-fail-twin", "INV-MEM-02")]
    public void AFreedFrameDroppedFromTheFreeStackIsLostToEveryLaterAllocation()
    {
        var (k, a, _) = InvariantStates.TwoWrittenVmos();
        k.Expect(Status.ZxOk, new VmoOpRange(a, VmoOp.Decommit, 0, Page));
        Assert.Empty(Messages(k.State));
        var lost = k.State with { Memory = k.State.Memory with { Freed = k.State.Memory.Freed.Pop() } };
        Assert.Equal(["INV-MEM-02: 2 frames taken from the allocator but 1 used and 0 free"], Messages(lost));
    }

    [Fact]
    [Trait("must-fail-twin", "INV-MEM-01")]
    public void AFrameOnTheFreeStackThatStillBacksAPageBreaksInvMem01()
    {
        var (k, a, _) = InvariantStates.TwoWrittenVmos();
        var va = k.Vmo(a);
        var frame = va.Pages[0].Frame;
        var broken = k.State with { Memory = k.State.Memory with { Freed = k.State.Memory.Freed.Push(frame) } };
        // Counted as used and as free at once, the frame also unbalances the allocator's books.
        Assert.Equal([$"INV-MEM-01: frame {frame} is on the free stack and backs VMO {va.Koid} page 0", "INV-MEM-02: 2 frames taken from the allocator but 2 used and 1 free"], Messages(broken));
    }

    [Fact]
    [Trait("must-fail-twin", "INV-MEM-01")]
    public void TwoFramesEachOnTheFreeStackTwiceBreakInvMem01()
    {
        var (k, a, b) = InvariantStates.TwoWrittenVmos();
        k.Expect(Status.ZxOk, new VmoOpRange(a, VmoOp.Decommit, 0, Page));
        k.Expect(Status.ZxOk, new VmoOpRange(b, VmoOp.Decommit, 0, Page));
        Assert.Empty(StateInvariants.Check(k.State));
        var freed = k.State.Memory.Freed;
        Assert.Equal(2, freed.Count());
        var doubled = freed.Reverse().Aggregate(freed, (stack, frame) => stack.Push(frame));
        var broken = k.State with { Memory = k.State.Memory with { Freed = doubled } };
        Assert.Equal(["INV-MEM-01: a frame is on the free stack twice"], Messages(broken));
    }

    [Fact]
    [Trait("must-fail-twin", "INV-PIN-01")]
    public void APinCountWithNoPmtAtAllBreaksInvPin01()
    {
        var k = new KernelScript();
        var a = k.Handle(new VmoCreate(Page, 0));
        k.Expect(Status.ZxOk, new VmoWrite(a, 0, KernelScript.Text("a")));
        var va = k.Vmo(a);
        Assert.Empty(k.State.Pmts);
        var broken = k.State.WithVmo(va with { Pins = va.Pins.Add(0, 1) });
        Assert.Equal([$"INV-PIN-01: VMO {va.Koid} page 0 has pin count 1 but 0 PMTs cover it"], Messages(broken));
    }

    [Fact]
    [Trait("must-fail-twin", "INV-PIN-01")]
    public void APinnedPageSwappedOntoAnotherFrameIsReportedWithItsNewAddress()
    {
        var (k, a, b) = InvariantStates.TwoWrittenVmos();
        k.Record(new BtiPin(KernelScript.Bti, BtiOptions.PermRead, a, 0, Page));
        var pmt = Assert.Single(k.State.Pmts).Value;
        var (va, vb) = (k.Vmo(a), k.Vmo(b));
        var (fa, fb) = (va.Pages[0].Frame, vb.Pages[0].Frame);
        var swapped = k.State.WithVmo(WithFrame(va, 0, fb)).WithVmo(WithFrame(vb, 0, fa));
        Assert.Equal(
            [$"INV-PIN-01: VMO {va.Koid} page 0 pinned by PMT {pmt.Koid} at 0x{PhysicalMemory.Address(fa):x} now has 0x{PhysicalMemory.Address(fb):x}"],
            Messages(swapped));
    }

    [Fact]
    [Trait("must-fail-twin", "INV-PIN-01")]
    public void APinnedPageThatLostItsFrameIsReportedAsNoFrame()
    {
        var (k, a, _) = InvariantStates.TwoWrittenVmos();
        k.Record(new BtiPin(KernelScript.Bti, BtiOptions.PermRead, a, 0, Page));
        var pmt = Assert.Single(k.State.Pmts).Value;
        var va = k.Vmo(a);
        var frame = va.Pages[0].Frame;
        var freed = k.State.WithVmo(va with { Pages = va.Pages.Remove(0) }) with { Memory = k.State.Memory.Release(frame) };
        Assert.Equal(
            [$"INV-PIN-01: VMO {va.Koid} page 0 pinned by PMT {pmt.Koid} at 0x{PhysicalMemory.Address(frame):x} now has no frame"],
            Messages(freed));
    }

    [Fact]
    [Trait("must-fail-twin", "INV-PIN-01")]
    public void APageCoveredByAPmtButNotCountedAsPinnedBreaksInvPin01()
    {
        var (k, a, _) = InvariantStates.TwoWrittenVmos();
        k.Record(new BtiPin(KernelScript.Bti, BtiOptions.PermRead, a, 0, Page));
        var va = k.Vmo(a);
        var broken = k.State.WithVmo(va with { Pins = va.Pins.Clear() });
        Assert.Equal([$"INV-PIN-01: VMO {va.Koid} page 0 is covered by 1 PMTs but not counted as pinned"], Messages(broken));
    }

    [Fact]
    [Trait("must-fail-twin", "INV-PIN-01")]
    public void APmtWhoseVmoNoLongerExistsBreaksInvPin01()
    {
        var (k, a, _) = InvariantStates.TwoWrittenVmos();
        k.Record(new BtiPin(KernelScript.Bti, BtiOptions.PermRead, a, 0, Page));
        var pmt = Assert.Single(k.State.Pmts).Value;
        var va = k.Vmo(a);
        k.Expect(Status.ZxOk, new HandleClose(a));
        Assert.Empty(StateInvariants.Check(k.State));
        var gone = k.State with
        {
            Vmos = k.State.Vmos.Remove(va.Koid),
            Memory = k.State.Memory.Release(va.Pages[0].Frame),
        };
        Assert.Equal([$"INV-PIN-01: PMT {pmt.Koid} pins pages of VMO {va.Koid}, which no longer exists"], Messages(gone));
    }

    [Fact]
    public void APinnedPhysicalVmoHoldsNoFramesAndBreaksNothing()
    {
        var k = new KernelScript();
        var physical = k.Handle(new VmoCreatePhysical(KernelScript.RootResource, 0x1000, Page));
        k.Record(new BtiPin(KernelScript.Bti, BtiOptions.PermRead, physical, 0, Page));
        Assert.Single(k.State.Pmts);
        Assert.Empty(k.Vmo(physical).Pages);
        Assert.Empty(StateInvariants.Check(k.State));
    }
}

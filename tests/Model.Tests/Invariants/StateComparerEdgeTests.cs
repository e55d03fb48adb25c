using System.Collections.Immutable;
using VmoKernel.Abi;
using VmoKernel.Model.Invariants;
using VmoKernel.Model.State;
using VmoKernel.Tests.Model.Support;

namespace VmoKernel.Tests.Model.Invariants;

/// <summary>
/// Edges of <see cref="StateComparer"/>, which INV-STATE-01 (a failed call changes nothing) and
/// INV-STATE-02 (the same calls give the same state) rest on: two states that differ in exactly one
/// field must be reported with the exact difference text, and equal states must compare equal even
/// when their collections are distinct objects. The text is what a violation prints, so it is asserted whole.
/// </summary>
public sealed class StateComparerEdgeTests
{
    private const ulong Page = KernelLayout.PageSize;

    /// <summary>A written VMO pinned once, so the state has a VMO with pins and a PMT to break.</summary>
    private static (KernelState State, VmoState Vmo, PmtState Pmt, ProcessState Process) PinnedVmo()
    {
        var k = new KernelScript();
        var v = k.Handle(new VmoCreate(Page, 0));
        k.Expect(Status.ZxOk, new VmoWrite(v, 0, KernelScript.Text("v")));
        k.Record(new BtiPin(KernelScript.Bti, BtiOptions.PermRead, v, 0, Page));
        return (k.State, k.Vmo(v), Assert.Single(k.State.Pmts.Values), k.State.Processes[k.Process]);
    }

    private static string? VmoDifference(Func<VmoState, VmoState> change)
    {
        var (state, vmo, _, _) = PinnedVmo();
        var changed = change(vmo);
        var difference = StateComparer.Difference(state, state with { Vmos = state.Vmos.SetItem(vmo.Koid, changed) });
        Assert.Equal($"VMO {vmo.Koid}: {vmo} vs {changed}", difference);
        Assert.False(StateComparer.VmoEqual(vmo, changed));
        return difference;
    }

    private static void ProcessDiffers(Func<ProcessState, ProcessState> change)
    {
        var (state, _, _, process) = PinnedVmo();
        var changed = change(process);
        Assert.Equal($"process {process.Koid}: {process} vs {changed}", StateComparer.Difference(state, state with { Processes = state.Processes.SetItem(process.Koid, changed) }));
    }

    private static void PmtDiffers(Func<PmtState, PmtState> change)
    {
        var (state, _, pmt, _) = PinnedVmo();
        var broken = state with { Pmts = state.Pmts.SetItem(pmt.Koid, change(pmt)) };
        Assert.Equal("PMTs differ", StateComparer.Difference(state, broken));
    }

    [Fact]
    public void AStateEqualsItselfAndAnEqualCopy()
    {
        var (state, _, _, _) = PinnedVmo();
        Assert.Null(StateComparer.Difference(state, state));
        Assert.True(StateComparer.Equal(state, state));
        Assert.True(StateComparer.Equal(state, state with { Clock = state.Clock }));
        Assert.False(StateComparer.Equal(state, state with { Clock = state.Clock + 1 }));
    }

    [Fact]
    public void AClockThatMovedIsTheDifference()
    {
        var (state, _, _, _) = PinnedVmo();
        Assert.Equal($"clock {state.Clock} vs {state.Clock + 1}", StateComparer.Difference(state, state with { Clock = state.Clock + 1 }));
    }

    [Fact]
    public void ANextKoidThatMovedIsTheDifference()
    {
        var (state, _, _, _) = PinnedVmo();
        var next = state.NextKoid;
        Assert.Equal($"next koid {next} vs {next + 1}", StateComparer.Difference(state, state with { NextKoid = next + 1 }));
    }

    [Theory]
    [InlineData("free")]
    [InlineData("used")]
    [InlineData("next")]
    [InlineData("freed")]
    public void MemoryDifferingInOneCounterIsDescribedWhole(string field)
    {
        var (state, _, _, _) = PinnedVmo();
        var m = state.Memory with { Freed = ImmutableStack.Create<ulong>(7) };
        var changed = field switch
        {
            "free" => m with { Free = m.Free + 1 },
            "used" => m with { Used = m.Used + 1 },
            "next" => m with { NextFresh = m.NextFresh + 1 },
            _ => m with { Freed = m.Freed.Push(9) },
        };
        string Describe(PhysicalMemory x) => $"free {x.Free}, used {x.Used}, next {x.NextFresh}, freed [{string.Join(", ", x.Freed)}]";
        Assert.Equal($"memory {Describe(m)} vs {Describe(changed)}", StateComparer.Difference(state with { Memory = m }, state with { Memory = changed }));
    }

    [Fact]
    public void MemoryDescriptionShowsOnlyTheEightMostRecentlyFreedFrames()
    {
        var (state, _, _, _) = PinnedVmo();
        var freed = Enumerable.Range(1, 9).Aggregate(ImmutableStack<ulong>.Empty, (s, f) => s.Push((ulong)f));
        var m = state.Memory with { Freed = freed };
        var changed = m with { Free = m.Free + 1 };
        Assert.Equal(
            $"memory free {m.Free}, used {m.Used}, next {m.NextFresh}, freed [9, 8, 7, 6, 5, 4, 3, 2] vs free {m.Free + 1}, used {m.Used}, next {m.NextFresh}, freed [9, 8, 7, 6, 5, 4, 3, 2]",
            StateComparer.Difference(state with { Memory = m }, state with { Memory = changed }));
    }

    [Fact]
    public void OneObjectOfAnotherTypeAmongEqualOnesMakesTheObjectsDiffer()
    {
        var (state, _, _, _) = PinnedVmo();
        var last = state.Objects.Keys.Last();
        Assert.True(state.Objects.Count > 1);
        var broken = state with { Objects = state.Objects.SetItem(last, state.Objects[last] + 1) };
        Assert.Equal("objects differ", StateComparer.Difference(state, broken));
    }

    [Fact]
    public void APmtDifferingInItsKoidDiffers() => PmtDiffers(p => p with { Koid = p.Koid + 1 });

    [Fact]
    public void APmtDifferingInItsBtiDiffers() => PmtDiffers(p => p with { BtiKoid = p.BtiKoid + 1 });

    [Fact]
    public void APmtDifferingInItsVmoDiffers() => PmtDiffers(p => p with { VmoKoid = p.VmoKoid + 1 });

    [Fact]
    public void APmtDifferingInItsOwnerDiffers() => PmtDiffers(p => p with { OwnerKoid = p.OwnerKoid + 1 });

    [Fact]
    public void APmtDifferingInItsFirstPageDiffers() => PmtDiffers(p => p with { FirstPage = p.FirstPage + 1 });

    [Fact]
    public void APmtDifferingInQuarantineDiffers() => PmtDiffers(p => p with { Quarantined = !p.Quarantined });

    [Fact]
    public void APmtDifferingInItsAddressesDiffers() => PmtDiffers(p => p with { Addresses = [.. p.Addresses.Select(a => a + Page)] });

    [Fact]
    public void APmtWithEqualAddressesInAnotherArrayIsEqual()
    {
        var (state, _, pmt, _) = PinnedVmo();
        var copy = state with { Pmts = state.Pmts.SetItem(pmt.Koid, pmt with { Addresses = [.. pmt.Addresses] }) };
        Assert.Null(StateComparer.Difference(state, copy));
    }

    [Fact]
    public void AProcessDifferingInItsKoidIsNamed() => ProcessDiffers(p => p with { Koid = p.Koid + 100 });

    [Fact]
    public void AProcessDifferingInItsRootVmarIsNamed() => ProcessDiffers(p => p with { RootVmarKoid = p.RootVmarKoid + 1 });

    [Fact]
    public void AProcessDifferingInItsHandleSequenceIsNamed() => ProcessDiffers(p => p with { NextHandleSequence = p.NextHandleSequence + 1 });

    [Fact]
    public void AProcessDifferingInItsVmSeqIsNamed() => ProcessDiffers(p => p with { VmSeq = p.VmSeq + 1 });

    [Fact]
    public void AProcessDifferingInOneHandlesRightsIsNamed() =>
        ProcessDiffers(p => p with { Handles = p.Handles.SetItem(p.Handles.Keys.First(), p.Handles.Values.First() with { Rights = Rights.None }) });

    [Fact]
    public void AProcessDifferingInItsMappingsIsNamed() =>
        ProcessDiffers(p => p with { Mappings = p.Mappings.Add(0x10000, new Mapping(0x10000, Page, 1, 0, 1)) });

    [Fact]
    public void AnExtraProcessListsBothKoidSets()
    {
        var (state, _, _, _) = PinnedVmo();
        var p0 = KernelState.InitialProcessKoid;
        var more = state.NewProcess(out var added);
        Assert.Equal(
            $"next koid {state.NextKoid} vs {more.NextKoid}",
            StateComparer.Difference(state, more));
        Assert.Equal($"process koids [{p0}, {added}] vs [{p0}]", StateComparer.Difference(more with { NextKoid = state.NextKoid, Objects = state.Objects }, state));
    }

    [Fact]
    public void AnExtraVmoListsBothKoidSets()
    {
        var (state, vmo, _, _) = PinnedVmo();
        var extra = vmo with { Koid = 9999 };
        Assert.Equal($"VMO koids [{vmo.Koid}] vs [{vmo.Koid}, 9999]", StateComparer.Difference(state, state.WithVmo(extra)));
    }

    [Fact]
    public void AProcessDifferenceIsReportedBeforeAVmoDifference()
    {
        var (state, vmo, _, process) = PinnedVmo();
        var p = process with { VmSeq = process.VmSeq + 1 };
        var v = vmo with { Size = vmo.Size + Page };
        Assert.Equal($"process {p.Koid}: {process} vs {p}", StateComparer.Difference(state, state.WithProcess(p).WithVmo(v)));
    }

    [Fact]
    public void AVmoDifferingInItsKoidIsNamed() => VmoDifference(v => v with { Koid = v.Koid + 1 });

    [Fact]
    public void AVmoDifferingInItsSizeIsNamed() => VmoDifference(v => v with { Size = v.Size + Page });

    [Fact]
    public void AVmoDifferingInItsTraitsIsNamed() => VmoDifference(v => v with { Traits = v.Traits | VmoTraits.Resizable });

    [Fact]
    public void AVmoDifferingInItsDiscardStateIsNamed() => VmoDifference(v => v with { Discard = v.Discard with { LockCount = 1 } });

    [Fact]
    public void AVmoDifferingInItsCommittedChangeEventsIsNamed() => VmoDifference(v => v with { CommittedChangeEvents = v.CommittedChangeEvents + 1 });

    [Fact]
    public void AVmoDifferingInItsParentIsNamed() => VmoDifference(v => v with { Parent = new ParentLink(1, ChildKind.Snapshot, 0, false) });

    [Fact]
    public void AVmoDifferingInItsPagerIsNamed() => VmoDifference(v => v with { PagerKoid = v.PagerKoid + 1 });

    [Fact]
    public void AVmoDifferingInItsPhysicalBaseIsNamed() => VmoDifference(v => v with { PhysicalBase = v.PhysicalBase + Page });

    [Fact]
    public void AVmoDifferingInItsCreationTimeIsNamed() => VmoDifference(v => v with { CreatedAt = v.CreatedAt + 1 });

    [Fact]
    public void AVmoDifferingInItsChildrenIsNamed() => VmoDifference(v => v with { Children = v.Children.Add(77) });

    [Fact]
    public void AVmoDifferingInItsPinsIsNamed() => VmoDifference(v => v with { Pins = v.Pins.SetItem(0, v.Pins[0] + 1) });

    [Fact]
    public void AVmoDifferingInItsHiddenIntervalsIsNamed() => VmoDifference(v => v with { Hidden = v.Hidden.Add(0, 1) });

    [Fact]
    public void AVmoWithEqualPinsAndHiddenIntervalsInOtherCollectionsIsEqual()
    {
        var (state, vmo, _, _) = PinnedVmo();
        var hidden = vmo with { Hidden = ImmutableSortedDictionary.Create<ulong, ulong>().Add(0, 1) };
        var copy = hidden with
        {
            Pins = ImmutableSortedDictionary.CreateRange(vmo.Pins.ToArray()),
            Hidden = ImmutableSortedDictionary.Create<ulong, ulong>().Add(0, 1),
        };
        Assert.NotSame(hidden.Pins, copy.Pins);
        Assert.NotSame(hidden.Hidden, copy.Hidden);
        Assert.True(StateComparer.VmoEqual(hidden, copy));
        Assert.Null(StateComparer.Difference(state.WithVmo(hidden), state.WithVmo(copy)));
    }
}

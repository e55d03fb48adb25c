using VmoKernel.Abi;
using VmoKernel.Model.Invariants;
using VmoKernel.Model.Linux.State;
using VmoKernel.Model.State;
using VmoKernel.Tests.Model.Support;

namespace VmoKernel.Tests.Model.Invariants;

/// <summary>
/// The whole report of each single-state Linux invariant (<see cref="LinuxInvariants"/>) when exactly one
/// of its clauses is broken: the message is what exhaust prints after VIOLATION, so it is asserted in full.
/// </summary>
public sealed class LinuxInvariantMessageTests
{
    private const ulong Page = KernelLayout.PageSize;

    private static string[] Messages(KernelState state) => ReportedViolations.OfState(state);

    [Fact]
    public void ALockedDroppableVmaIsNamedByItsStart()
    {
        var (k, _, d) = LinuxStates.Mapped();
        var broken = LinuxStates.WithLinux(k, p => p with { Vmas = p.Vmas.SetItem(d, p.Vmas[d] with { Flags = p.Vmas[d].Flags | VmFlags.Locked }) });
        Assert.Equal([$"INV-LINUX-02: process {k.Process}: droppable VMA at 0x{d:x} is VM_LOCKED (counted in VmLck)"], Messages(broken));
    }

    [Fact]
    public void APurgeMarkerOutsideAVolatileVmaIsNamedByItsAddress()
    {
        var (k, a, _) = LinuxStates.Mapped();
        var p = k.State.Linux.Process(k.Process);
        var freed = k.State.Linux.Pages[p.Ptes[a + Page].Page];
        var broken = LinuxStates.WithLinux(k, p => p with { Ptes = p.Ptes.SetItem(a + Page, Pte.PurgeMarker) });
        broken = broken with
        {
            Linux = broken.Linux with { Pages = broken.Linux.Pages.Remove(p.Ptes[a + Page].Page) },
            Memory = broken.Memory.Release(freed.Frame),
        };
        Assert.Equal([$"INV-LINUX-03: process {k.Process}: purge marker at 0x{a + Page:x} maps a page or lies outside a volatile VMA"], Messages(broken));
    }

    [Fact]
    public void AMessageWhoseThreadWasWokenIsNamedByItsAddress()
    {
        var (k, _, a) = LinuxStates.BlockedReader();
        var waiter = k.State.Linux.Waiters.Values.Single();
        var uffd = k.State.Linux.Uffds.Values.Single();
        var broken = k.State with { Linux = k.State.Linux with { Waiters = k.State.Linux.Waiters.SetItem(waiter.Id, waiter with { Woken = true }) } };
        Assert.Equal([$"INV-LINUX-04: uffd {uffd.Id}: message for 0x{a:x} belongs to no thread blocked on it"], Messages(broken));
    }
}

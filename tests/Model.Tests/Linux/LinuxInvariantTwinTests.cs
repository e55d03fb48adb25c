using VmoKernel.Abi;
using VmoKernel.Model.Invariants;
using VmoKernel.Model.Linux.State;
using VmoKernel.Tests.Model.Support;
using static VmoKernel.Abi.LinuxConstants;

namespace VmoKernel.Tests.Model.Linux;

/// <summary>
/// The Linux surface's invariants (spec/linux.md): each is shown a state or step broken on purpose and
/// must name its ID (the must-fail twin), and holds over a correct run of the same calls.
/// </summary>
public sealed class LinuxInvariantTwinTests
{
    private const ulong Page = KernelLayout.PageSize;

    private static IEnumerable<string> Ids(IEnumerable<InvariantViolation> violations) => violations.Select(v => v.Id);

    [Fact]
    [Trait("spec", "INV-LINUX-01")]
    [Trait("must-fail-twin", "INV-LINUX-01")]
    public void Two_anonymous_pages_on_one_frame_break_InvLinux01()
    {
        var (k, a, _) = LinuxStates.Mapped();
        var pages = k.State.Linux.Pages;
        var (first, second) = (k.State.Linux.Process(k.Process).Ptes[a].Page, k.State.Linux.Process(k.Process).Ptes[a + Page].Page);
        var broken = k.State with { Linux = k.State.Linux with { Pages = pages.SetItem(second, pages[second] with { Frame = pages[first].Frame }) } };
        Assert.Contains("INV-LINUX-01", Ids(StateInvariants.Check(broken)));
    }

    [Fact]
    [Trait("spec", "INV-LINUX-02")]
    [Trait("must-fail-twin", "INV-LINUX-02")]
    public void A_locked_droppable_vma_breaks_InvLinux02()
    {
        var (k, _, d) = LinuxStates.Mapped();
        Assert.False(k.State.Linux.Process(k.Process).VmaAt(d)!.Has(VmFlags.Locked));
        var broken = LinuxStates.WithLinux(k, p => p with { Vmas = p.Vmas.SetItem(d, p.Vmas[d] with { Flags = p.Vmas[d].Flags | VmFlags.Locked }) });
        Assert.Contains("INV-LINUX-02", Ids(StateInvariants.Check(broken)));
    }

    [Fact]
    [Trait("spec", "INV-LINUX-03")]
    [Trait("must-fail-twin", "INV-LINUX-03")]
    public void A_purge_marker_outside_a_volatile_vma_breaks_InvLinux03()
    {
        var (k, a, _) = LinuxStates.Mapped();
        k.Expect(Status.Ok, new Madvise(a, Page, MadvVolatile));
        k.Expect(Status.Ok, new Reclaim(PressureLevel.Critical));
        Assert.True(k.State.Linux.Process(k.Process).Ptes[a].Purged);
        Assert.Empty(StateInvariants.Check(k.State));
        var broken = LinuxStates.WithLinux(k, p => p with { Ptes = p.Ptes.SetItem(a + Page, Pte.PurgeMarker) });
        Assert.Contains("INV-LINUX-03", Ids(StateInvariants.Check(broken)));
    }

    [Fact]
    [Trait("spec", "INV-LINUX-04")]
    [Trait("must-fail-twin", "INV-LINUX-04")]
    public void A_message_whose_thread_was_woken_breaks_InvLinux04()
    {
        var (k, uffd, a) = LinuxStates.BlockedReader();
        Assert.Single(k.State.Linux.Uffds.Values.Single().Queue);
        Assert.Empty(StateInvariants.Check(k.State));
        var waiter = k.State.Linux.Waiters.Values.Single();
        var broken = k.State with { Linux = k.State.Linux with { Waiters = k.State.Linux.Waiters.SetItem(waiter.Id, waiter with { Woken = true }) } };
        Assert.Contains("INV-LINUX-04", Ids(StateInvariants.Check(broken)));
        k.Expect(Status.Ok, new UffdioWake(uffd, a, Page));
        Assert.Empty(k.State.Linux.Uffds.Values.Single().Queue);
    }

    [Fact]
    [Trait("spec", "INV-LINUX-05")]
    [Trait("must-fail-twin", "INV-LINUX-05")]
    public void A_fork_child_holding_a_wiped_page_breaks_InvLinux05()
    {
        var (k, a, _) = LinuxStates.Mapped();
        k.Expect(Status.Ok, new Madvise(a, Page, MadvWipeOnFork));
        var before = k.State;
        var fork = new Fork();
        var result = k.Call(fork);
        var child = ((IntValue)result.Value).Number;
        Assert.Empty(Transitions.Check(before, k.Process, fork, result, k.State));
        var parentPte = before.Linux.Process(k.Process).Ptes[a];
        var leaked = k.State with
        {
            Linux = k.State.Linux.WithProcess(child, k.State.Linux.Process(child) with { Ptes = k.State.Linux.Process(child).Ptes.SetItem(a, parentPte) }),
        };
        Assert.Contains("INV-LINUX-05", Ids(Transitions.Check(before, k.Process, fork, result, leaked)));
    }

    [Fact]
    [Trait("spec", "INV-LINUX-06")]
    [Trait("must-fail-twin", "INV-LINUX-06")]
    public void A_copy_that_leaves_its_waiter_asleep_breaks_InvLinux06()
    {
        var (k, uffd, a) = LinuxStates.BlockedReader();
        var before = k.State;
        var copy = new UffdioCopy(uffd, a, KernelScript.Fill(7, (int)Page), 0);
        var result = k.Call(copy);
        Assert.Equal(Status.Ok, result.Status);
        Assert.Empty(Transitions.Check(before, k.Process, copy, result, k.State));
        var waiter = k.State.Linux.Waiters.Values.Single();
        Assert.True(waiter.Woken);
        var asleep = k.State with { Linux = k.State.Linux with { Waiters = k.State.Linux.Waiters.SetItem(waiter.Id, waiter with { Woken = false }) } };
        Assert.Contains("INV-LINUX-06", Ids(Transitions.Check(before, k.Process, copy, result, asleep)));
    }
}

using System.Collections.Immutable;
using VmoKernel.Abi;
using VmoKernel.Model.Invariants;
using VmoKernel.Model.Linux.State;
using VmoKernel.Model.State;
using VmoKernel.Tests.Model.Support;
using static VmoKernel.Abi.LinuxConstants;

namespace VmoKernel.Tests.Model.Invariants;

/// <summary>
/// The parts of a state <see cref="StateComparer"/> once left out: the Linux world and a process's creator
/// (which the getinfo and madvise access rules read). A change confined to them went unreported by every
/// check built on the comparer (INV-STATE-01, INV-GETINFO-04, INV-MADV-03, INV-STATE-02); each test
/// changes exactly one thing, and a rebuilt copy with new collections must still compare equal.
/// </summary>
public sealed class StateComparerLinuxTests
{
    private const ulong Page = KernelLayout.PageSize;
    private const string LinuxDiffers = "Linux world differs";

    private static (KernelState State, LinuxWorld World, LinuxProcess Me, ulong Pid, ulong A) Mapped()
    {
        var (k, a, _) = LinuxStates.Mapped();
        return (k.State, k.State.Linux, k.State.Linux.Process(k.Process), k.Process, a);
    }

    private static string? WithProcess(Func<LinuxProcess, LinuxProcess> change)
    {
        var (k, _, _) = LinuxStates.Mapped();
        return StateComparer.Difference(k.State, LinuxStates.WithLinux(k, change));
    }

    [Fact]
    public void A_rebuilt_copy_of_the_linux_world_is_equal()
    {
        var (state, world, me, pid, _) = Mapped();
        var copy = me with
        {
            Vmas = ImmutableSortedDictionary.CreateRange(me.Vmas),
            Ptes = ImmutableSortedDictionary.CreateRange(me.Ptes),
            Fds = ImmutableSortedDictionary.CreateRange(me.Fds),
            Capabilities = ImmutableSortedSet.CreateRange(me.Capabilities),
        };
        var rebuilt = world with { Pages = ImmutableSortedDictionary.CreateRange(world.Pages) };
        Assert.Null(StateComparer.Difference(state, state with { Linux = rebuilt.WithProcess(pid, copy) }));
    }

    [Fact]
    public void A_vma_with_other_protection_differs() =>
        Assert.Equal(LinuxDiffers, WithProcess(me => me with { Vmas = me.Vmas.SetItem(me.Vmas.Keys.First(), me.Vmas.Values.First() with { Prot = ProtRead }) }));

    [Fact]
    public void A_purged_page_table_entry_differs() =>
        Assert.Equal(LinuxDiffers, WithProcess(me => me with { Ptes = me.Ptes.SetItem(me.Ptes.Keys.First(), me.Ptes.Values.First() with { Purged = true }) }));

    [Fact]
    public void A_dropped_capability_an_extra_descriptor_and_lock_future_each_differ()
    {
        Assert.Equal(LinuxDiffers, WithProcess(me => me with { Capabilities = [] }));
        Assert.Equal(LinuxDiffers, WithProcess(me => me with { Fds = me.Fds.Add(9, FdEntry.Standard) }));
        Assert.Equal(LinuxDiffers, WithProcess(me => me with { LockFuture = true }));
    }

    [Fact]
    public void A_page_holding_other_bytes_and_a_later_next_id_differ()
    {
        var (state, world, _, _, _) = Mapped();
        var (id, page) = world.Pages.First();
        var rewritten = world with { Pages = world.Pages.SetItem(id, page with { Data = KernelScript.Fill(9, (int)Page) }) };
        Assert.Equal(LinuxDiffers, StateComparer.Difference(state, state with { Linux = rewritten }));
        Assert.Equal(LinuxDiffers, StateComparer.Difference(state, state with { Linux = world with { NextId = world.NextId + 1 } }));
    }

    [Fact]
    public void A_uffd_with_an_emptied_queue_and_a_woken_waiter_differ()
    {
        var (k, uffd, _) = LinuxStates.BlockedReader();
        var world = k.State.Linux;
        var (id, queued) = world.Uffds.Single(u => !u.Value.Queue.IsEmpty);
        var drained = world with { Uffds = world.Uffds.SetItem(id, queued with { Queue = [] }) };
        var (waiterId, waiter) = world.Waiters.Single();
        var woken = world with { Waiters = world.Waiters.SetItem(waiterId, waiter with { Woken = true }) };
        Assert.NotEqual(0u, uffd);
        Assert.Equal(LinuxDiffers, StateComparer.Difference(k.State, k.State with { Linux = drained }));
        Assert.Equal(LinuxDiffers, StateComparer.Difference(k.State, k.State with { Linux = woken }));
    }

    [Fact]
    public void A_process_differing_only_in_its_creator_is_named()
    {
        var (state, _, _, pid, _) = Mapped();
        var process = state.Processes[pid];
        var changed = process with { Creator = process.Creator + 7 };
        Assert.Equal($"process {pid}: {process} vs {changed}", StateComparer.Difference(state, state with { Processes = state.Processes.SetItem(pid, changed) }));
    }

    [Fact]
    [Trait("must-fail-twin", "INV-STATE-01")]
    public void A_failed_zircon_call_that_unmapped_a_linux_page_breaks_inv_state_01()
    {
        var (state, world, me, pid, a) = Mapped();
        var call = new VmoGetSize(0x7777);
        var unmapped = state with { Linux = world.WithProcess(pid, me with { Ptes = me.Ptes.Remove(a) }) };
        var result = SyscallResult.Error(Status.ZxErrBadHandle);
        Assert.Empty(Transitions.Check(state, pid, call, result, state));
        Assert.Equal(
            [$"INV-STATE-01: {call} failed with ZX_ERR_BAD_HANDLE but changed the state: {LinuxDiffers}"],
            ReportedViolations.OfStep(state, pid, call, result, unmapped));
    }
}

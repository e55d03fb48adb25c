using VmoKernel.Abi;
using VmoKernel.Model.Invariants;
using VmoKernel.Model.State;
using VmoKernel.Tests.Model.Support;
using static VmoKernel.Abi.LinuxConstants;

namespace VmoKernel.Tests.Model.Invariants;

/// <summary>
/// Edges of <see cref="LinuxTransitions"/>: ZEROPAGE wakes its waiters unless told not to
/// (INV-LINUX-06), a fork child's wiped page is named in full (INV-LINUX-05), and exactly the failures
/// the Linux rules let leave changes behind are exempt from INV-STATE-01.
/// </summary>
public sealed class LinuxTransitionEdgeTests
{
    private const ulong Page = KernelLayout.PageSize;

    private static string[] Messages(KernelState before, ulong process, Syscall call, SyscallResult result, KernelState after) =>
        ReportedViolations.OfStep(before, process, call, result, after);

    private static KernelState Asleep(KernelState state)
    {
        var waiter = state.Linux.Waiters.Values.Single();
        return state with { Linux = state.Linux with { Waiters = state.Linux.Waiters.SetItem(waiter.Id, waiter with { Woken = false }) } };
    }

    [Fact]
    [Trait("must-fail-twin", "INV-LINUX-06")]
    public void AZeropageThatLeavesItsWaiterAsleepBreaksInvLinux06()
    {
        var (k, uffd, a) = LinuxStates.BlockedReader();
        var before = k.State;
        var zero = new UffdioZeropage(uffd, a, Page, 0);
        var result = k.Call(zero);
        Assert.Equal(Status.Ok, result.Status);
        Assert.Empty(Messages(before, k.Process, zero, result, k.State));
        var waiter = k.State.Linux.Waiters.Values.Single();
        Assert.Equal(
            [$"INV-LINUX-06: thread {waiter.Id} still waits on 0x{a:x}, which the call installed"],
            Messages(before, k.Process, zero, result, Asleep(k.State)));
    }

    [Fact]
    public void AZeropageWithDontWakeMayLeaveItsWaiterAsleep()
    {
        var (k, uffd, a) = LinuxStates.BlockedReader();
        var before = k.State;
        var zero = new UffdioZeropage(uffd, a, Page, UffdioZeropageModeDontWake);
        var result = k.Call(zero);
        Assert.Equal(Status.Ok, result.Status);
        Assert.Empty(Messages(before, k.Process, zero, result, Asleep(k.State)));
    }

    [Fact]
    public void AForkChildHoldingAWipedPageIsNamedWithThePage()
    {
        var (k, a, _) = LinuxStates.Mapped();
        k.Expect(Status.Ok, new Madvise(a, Page, MadvWipeOnFork));
        var before = k.State;
        var fork = new Fork();
        var result = k.Call(fork);
        var child = Assert.IsType<IntValue>(result.Value).Number;
        var leakedPte = before.Linux.Process(k.Process).Ptes[a];
        var childProcess = k.State.Linux.Process(child);
        var leaked = k.State with { Linux = k.State.Linux.WithProcess(child, childProcess with { Ptes = childProcess.Ptes.SetItem(a, leakedPte) }) };
        Assert.Equal(
            [$"INV-LINUX-05: fork child {child} holds a page at 0x{a:x} of a VM_WIPEONFORK VMA"],
            Messages(before, k.Process, fork, result, leaked));
    }

    public static TheoryData<string, Status, bool> Failures() => new()
    {
        { "mem_read", Status.Blocked, true },
        { "uffdio_copy", Status.Eagain, true },
        { "uffdio_zeropage", Status.Eagain, true },
        { "madvise", Status.Eagain, false },
        { "madvise", Status.Enomem, true },
        { "pidfd_madvise", Status.Einval, true },
        { "mprotect", Status.Enomem, true },
        { "mlock", Status.Enomem, true },
        { "munlock", Status.Einval, true },
        { "mmap", Status.Enomem, false },
        { "madvise", Status.Ebadf, false },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public void OnlyTheListedLinuxFailuresMayLeaveChangesBehind(string name, Status status, bool mayChange)
    {
        Syscall call = name switch
        {
            "mem_read" => new MemRead(0, 1),
            "uffdio_copy" => new UffdioCopy(3, 0, KernelScript.Fill(0, 1), 0),
            "uffdio_zeropage" => new UffdioZeropage(3, 0, Page, 0),
            "madvise" => new Madvise(0, Page, MadvDontNeed),
            "pidfd_madvise" => new PidfdMadvise(3, [(0, Page)], MadvDontNeed, 0),
            "mprotect" => new Mprotect(0, Page, ProtRead),
            "mlock" => new Mlock(0, Page),
            "munlock" => new Munlock(0, Page),
            _ => new Mmap(0, Page, ProtRead, MapPrivate | MapAnonymous),
        };
        var state = KernelState.Fresh();
        var t = new Transition(state, KernelState.InitialProcessKoid, call, SyscallResult.Error(status), state);
        Assert.Equal(mayChange, LinuxTransitions.MayChangeOnFailure(t));
    }

    [Fact]
    public void AMadviseThatFailedAfterAPartialWalkKeepsItsChangesButAFailedMmapMayNot()
    {
        var (k, a, _) = LinuxStates.Mapped();
        var before = k.State;
        var changed = before with { Clock = before.Clock + 1 };
        var madvise = new Madvise(a, Page, MadvDontNeed);
        var mmap = new Mmap(0, Page, ProtRead, MapPrivate | MapAnonymous);
        Assert.Empty(Messages(before, k.Process, madvise, SyscallResult.Error(Status.Enomem), changed));
        Assert.Equal(
            [$"INV-STATE-01: {mmap} failed with ENOMEM but changed the state: clock {before.Clock} vs {before.Clock + 1}"],
            Messages(before, k.Process, mmap, SyscallResult.Error(Status.Enomem), changed));
    }
}

using VmoKernel.Abi;
using VmoKernel.Kernel.Calls;
using VmoKernel.Kernel.Locking;
using VmoKernel.Kernel.State;

namespace VmoKernel.Kernel.Actors;

/// <summary>The second transaction of a call that a seeded bug splits in two (<see cref="CallEffects.Later"/>).</summary>
internal sealed partial class SyscallActor
{
    private (ProcessState Snapshot, IReadOnlyList<Action<CallContext>> Steps) _later = (null!, []);

    /// <summary>
    /// Runs the steps the last committed run left for later: takes the Linux world and physical memory again, runs
    /// them, sends the wakes they recorded and releases with their changes. Nothing is linearized: to the monitors
    /// these changes happen inside the call, which is exactly the window the seeded bugs open.
    /// </summary>
    private async Task RunLaterStepsAsync()
    {
        var (snapshot, steps) = _later;
        _later = (null!, []);
        var directory = _start.Directory;
        await _transaction.AcquireAsync([LockTarget.LinuxWorld(directory.Linux), LockTarget.PhysicalMemory(directory.Memory)]);
        var context = new CallContext(_start.Request.Process, snapshot, directory, _transaction.Held, new KernelObjectFactory(Id.Runtime)) { Thread = Id };
        foreach (var step in steps)
        {
            step(context);
        }

        Settle(context, SyscallResult.Ok());
        _transaction.ReleaseAll(context.Changed());
    }
}

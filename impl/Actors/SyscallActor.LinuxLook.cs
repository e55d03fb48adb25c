using VmoKernel.Kernel.Linux.State;
using VmoKernel.Kernel.Locking;

namespace VmoKernel.Kernel.Actors;

/// <summary>
/// A look at the Linux world outside any call's transaction: the lock is taken, the state read and the
/// lock given back at once, so whatever the look shows may be stale by the time the call's own
/// transaction runs. Only the seeded stale-look bugs use it (a correct call judges what it holds).
/// </summary>
internal sealed partial class SyscallActor
{
    public SeededBugSet Bugs => _start.Directory.Options.Bugs;

    public async Task<LinuxWorldState> LookAtLinuxWorldAsync()
    {
        await _transaction.AcquireAsync([LockTarget.LinuxWorld(_start.Directory.Linux)]);
        var world = _transaction.Held.Linux[0];
        _transaction.ReleaseAll(null);
        return world;
    }
}

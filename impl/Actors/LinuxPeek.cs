using Microsoft.Coyote.Actors;
using VmoKernel.Kernel.Linux.State;
using VmoKernel.Kernel.Locking;

namespace VmoKernel.Kernel.Actors;

/// <summary>
/// A look at the Linux world outside a transaction: take its lock, read, release. Only seeded stale-look
/// bugs judge by such a look (what they saw may change before their real transaction takes the lock).
/// </summary>
internal static class LinuxPeek
{
    public static async Task<LinuxWorldState> PeekLinuxAsync(this Transaction transaction, ActorId linux)
    {
        await transaction.AcquireAsync([LockTarget.LinuxWorld(linux)]);
        var world = transaction.Held.Linux[0];
        transaction.ReleaseAll(null);
        return world;
    }
}

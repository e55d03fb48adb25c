using Microsoft.Coyote.Actors;
using VmoKernel.Abi;
using VmoKernel.Kernel.Calls.Rules;
using VmoKernel.Kernel.State;

namespace VmoKernel.Kernel.Calls;

/// <summary>
/// reclaim(level), once the reclaimer holds its lists, every listed VMO and physical memory: each VMO
/// eligible now is discarded, the regular list before the hinted one, each least recently unlocked first
/// (D-6, D-27). Afterwards nothing eligible remains, which is what the model's atomic reclaim says.
/// </summary>
internal static class Reclaim
{
    /// <summary>
    /// Discards what is eligible, walking <paramref name="order"/> (least recently unlocked first);
    /// <paramref name="peeked"/> is each VMO as the unlocked walk saw it, which only a seeded bug judges by.
    /// </summary>
    public static SyscallResult Run(CallContext context, Abi.Reclaim call, IReadOnlyList<(ulong Koid, ActorId Actor)> order, IReadOnlyDictionary<ulong, VmoState> peeked)
    {
        foreach (var (koid, actor) in order.OrderBy(m => context.Vmo(m.Koid, m.Actor).Hinted))
        {
            var vmo = context.Vmo(koid, actor);
            // The seeded bug trusts only the lock count it peeked; everything else (pins, pages) is read under the lock.
            var judged = context.Bugs.Has(SeededBug.DiscardIgnoresConcurrentLock) ? vmo with { LockCount = peeked[koid].LockCount } : vmo;
            if (!vmo.Destroyed && Reclamation.Eligible(judged, call.Level, context.Bugs))
            {
                Reclamation.Discard(context, vmo);
            }
        }

        // L-3: the Linux surface's pages go after the discardable VMOs, in the same call.
        LinuxReclaim.Run(context, call.Level);
        return SyscallResult.Ok();
    }
}

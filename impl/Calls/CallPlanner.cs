using VmoKernel.Abi;
using VmoKernel.Kernel.Locking;
using VmoKernel.Kernel.State;

namespace VmoKernel.Kernel.Calls;

/// <summary>
/// The first lock set of a call: the VMOs its handle arguments name in the process snapshot, in
/// argument order (the transaction sorts them unless a seeded bug says otherwise). Objects found only
/// while running (parents, physical memory, koids) are added by <see cref="NeedLockException"/>.
/// </summary>
public static class CallPlanner
{
    /// <summary>The VMOs the call's handles name, then the singletons its kind of call always needs.</summary>
    public static IEnumerable<LockTarget> InitialLocks(Syscall call, ProcessState process, KernelDirectory directory) =>
        NamedVmos(call, process).Concat(Singletons(call, directory));

    private static IEnumerable<LockTarget> Singletons(Syscall call, KernelDirectory directory)
    {
        var (reclaimer, memory, koids) = call switch
        {
            VmoCreate c => ((c.Options & (VmoOptions.Discardable | VmoOptions.DiscardableLockless)) != 0, false, true),
            VmoCreateChild or VmoCreatePhysical or PortCreate or PagerCreate or PagerCreateVmo or ProcessCreate => (false, false, true),
            VmoCreateContiguous or BtiPin => (false, true, true),
            VmoWrite or MemWrite or VmoTransferData or SetFreeFrames => (false, true, false),
            VmoOpRange { Op: VmoOp.Commit or VmoOp.Decommit or VmoOp.Zero } => (false, true, false),
            VmoOpRange { Op: VmoOp.Unlock } => (true, false, false),
            VmoOpRange { Op: VmoOp.DontNeed } => (false, true, false),
            ProcessMadvise m => (false, m.Advice != ProcessInfoOptions.MadvWillNeed, false),
            _ => (false, false, false),
        };
        if (reclaimer)
        {
            yield return new LockTarget(LockClass.Reclaimer, 0, directory.Reclaimer);
        }

        if (memory)
        {
            yield return new LockTarget(LockClass.PhysicalMemory, 0, directory.Memory);
        }

        if (koids)
        {
            yield return new LockTarget(LockClass.KoidAllocator, 0, directory.Koids);
        }
    }

    /// <summary>Whether a seeded bug makes this call judge a VMO from a look taken before its lock.</summary>
    public static bool PeeksFirst(Syscall call, SeededBugSet bugs) => call switch
    {
        VmoOpRange { Op: VmoOp.Unlock } => bugs.Has(SeededBug.UnlockDoubleDecrement),
        VmoTransferData => bugs.Has(SeededBug.TransferMovesPagePinnedMidOperation) || bugs.Has(SeededBug.TransferChecksPinsBeforeTakingDestination),
        _ => false,
    };

    public static IEnumerable<LockTarget> NamedVmos(Syscall call, ProcessState process)
    {
        IEnumerable<uint> handles = call switch
        {
            VmoTransferData t => [t.Dst, t.Src],
            VmoRead r => [r.Vmo],
            VmoWrite w => [w.Vmo],
            VmoGetSize g => [g.Vmo],
            VmoSetSize s => [s.Vmo],
            VmoOpRange o => [o.Vmo],
            VmoCreateChild c => [c.Vmo],
            HandleClose c => [c.Handle],
            HandleDuplicate d => [d.Handle],
            HandleReplace r => [r.Handle],
            BtiPin p => [p.Vmo],
            VmarMap m => [m.Vmo],
            ObjectGetInfo i => [i.Handle],
            _ => [],
        };
        foreach (var value in handles)
        {
            if (process.Handles.TryGetValue(value, out var entry) && entry.Object is { Kind: ObjectKind.Vmo, Actor: { } actor })
            {
                yield return new LockTarget(LockClass.Vmo, entry.Object.Koid, actor);
            }
        }

        if (call is BtiPin pin && process.Handles.TryGetValue(pin.Bti, out var bti) && bti.Object is { Kind: ObjectKind.Bti, Actor: { } btiActor })
        {
            yield return new LockTarget(LockClass.Bti, bti.Object.Koid, btiActor);
        }
    }
}

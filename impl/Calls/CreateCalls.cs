using System.Collections.Immutable;
using VmoKernel.Abi;
using VmoKernel.Kernel.State;

namespace VmoKernel.Kernel.Calls;

/// <summary>zx_vmo_create and the other calls that create an object from nothing but arguments and handles.</summary>
public static class CreateCalls
{
    private const uint CreateOptionsKnown = VmoOptions.Resizable | VmoOptions.Discardable | VmoOptions.DiscardableLockless;

    public static SyscallResult VmoCreate(CallContext context, VmoCreate call)
    {
        var status = ParseFlags(call.Options, call.Size, out var size);
        if (status == Status.ZxOk && size > VmoAccess.MaxSize)
        {
            status = Status.ZxErrOutOfRange;
        }

        if (status != Status.ZxOk)
        {
            return Syscalls.Fail(status);
        }

        var resizable = (call.Options & VmoOptions.Resizable) != 0;
        var discardable = (call.Options & (VmoOptions.Discardable | VmoOptions.DiscardableLockless)) != 0;
        context.Need(reclaimer: discardable, koids: true);
        var vmo = context.CreateVmo((koid, actor) => new VmoState
        {
            Koid = koid,
            Actor = actor,
            Size = size,
            CreateOptions = call.Options,
            Resizable = resizable,
            HandleCount = 1,
        });
        if (discardable)
        {
            context.ChangeReclaimList(vmo.Koid, vmo.Actor, ReclaimListChangeKind.Register);
        }

        return SyscallResult.ZxOk(Value.Int(context.AddHandle(new ObjectRef(vmo.Koid, ObjectKind.Vmo, vmo.Actor), VmoRights(resizable))));
    }

    /// <summary>parse_create_syscall_flags: both discardable kinds (INVALID_ARGS), size rounding wraps (OUT_OF_RANGE), unknown bits (INVALID_ARGS).</summary>
    public static Status ParseFlags(uint options, ulong size, out ulong rounded)
    {
        rounded = 0;
        const uint both = VmoOptions.Discardable | VmoOptions.DiscardableLockless;
        return (options & both) == both ? Status.ZxErrInvalidArgs
            : !VmoAccess.TryRoundUp(size, out rounded) ? Status.ZxErrOutOfRange
            : (options & ~CreateOptionsKnown) != 0 ? Status.ZxErrInvalidArgs
            : Status.ZxOk;
    }

    public static Rights VmoRights(bool resizable) => Rights.DefaultVmo | (resizable ? Rights.Resize : Rights.None);

    public static SyscallResult VmoCreateContiguous(CallContext context, VmoCreateContiguous call)
    {
        if (call.Size == 0 || (call.AlignmentLog2 != 0 && (call.AlignmentLog2 < 12 || call.AlignmentLog2 >= 64)))
        {
            return Syscalls.Fail(Status.ZxErrInvalidArgs);
        }

        var status = context.Lookup(call.Bti, ObjectKind.Bti, Rights.Map, out _);
        if (status != Status.ZxOk)
        {
            return Syscalls.Fail(status);
        }

        if (!VmoAccess.TryRoundUp(call.Size, out var size) || size > VmoAccess.MaxSize)
        {
            return Syscalls.Fail(Status.ZxErrOutOfRange);
        }

        var pages = size / VmoAccess.PageSize;
        var memory = context.Memory;
        if (memory.FreeFrames < pages || pages > VmoLimits.MaxFramesPerCall)
        {
            return Syscalls.Fail(Status.ZxErrNoMemory);
        }

        context.Need(koids: true);
        context.Memory = memory.AllocateRun(pages, out var first);
        var vmo = context.CreateVmo((koid, actor) => new VmoState
        {
            Koid = koid,
            Actor = actor,
            Size = size,
            Contiguous = true,
            HandleCount = 1,
            Pages = Enumerable.Range(0, (int)pages).ToImmutableSortedDictionary(
                i => (ulong)i, i => new Page(first + (ulong)i, VmoAccess.ZeroPage)),
        });
        for (ulong i = 0; i < pages; i++)
        {
            context.RecordFrame(first + i, vmo.Koid, i);
        }

        return SyscallResult.ZxOk(Value.Int(context.AddHandle(new ObjectRef(vmo.Koid, ObjectKind.Vmo, vmo.Actor), VmoRights(false))));
    }

    public static SyscallResult VmoCreatePhysical(CallContext context, VmoCreatePhysical call)
    {
        var status = context.Lookup(call.Resource, ObjectKind.Resource, Rights.None, out _);
        if (status != Status.ZxOk)
        {
            return Syscalls.Fail(status);
        }

        if (!KernelLayout.IsPageAligned(call.Paddr) || call.Size == 0 || !VmoAccess.TryRoundUp(call.Size, out var size) ||
            VmoAccess.Overflows(call.Paddr, size - 1))
        {
            return Syscalls.Fail(Status.ZxErrInvalidArgs);
        }

        context.Need(koids: true);
        var vmo = context.CreateVmo((koid, actor) => new VmoState
        {
            Koid = koid,
            Actor = actor,
            Size = size,
            Physical = true,
            PhysicalBase = call.Paddr,
            HandleCount = 1,
        });
        return SyscallResult.ZxOk(Value.Int(context.AddHandle(new ObjectRef(vmo.Koid, ObjectKind.Vmo, vmo.Actor), VmoRights(false))));
    }

    public static SyscallResult PortCreate(CallContext context, PortCreate call) =>
        (call.Options & ~1u) != 0
            ? Syscalls.Fail(Status.ZxErrInvalidArgs)
            : SyscallResult.ZxOk(Value.Int(context.AddHandle(new ObjectRef(context.NewKoid(), ObjectKind.Port), Rights.DefaultPort)));

    public static SyscallResult PagerCreate(CallContext context, PagerCreate call) =>
        call.Options != 0
            ? Syscalls.Fail(Status.ZxErrInvalidArgs)
            : SyscallResult.ZxOk(Value.Int(context.AddHandle(new ObjectRef(context.NewKoid(), ObjectKind.Pager), Rights.DefaultPager)));

    public static SyscallResult PagerCreateVmo(CallContext context, PagerCreateVmo call)
    {
        var status = context.Lookup(call.Pager, ObjectKind.Pager, Rights.Attach, out _);
        if (status == Status.ZxOk)
        {
            status = context.Lookup(call.Port, ObjectKind.Port, Rights.Write, out _);
        }

        if (status != Status.ZxOk)
        {
            return Syscalls.Fail(status);
        }

        status = ParseFlags(call.Options, call.Size, out var size);
        if (status == Status.ZxOk && (call.Options & (VmoOptions.Discardable | VmoOptions.DiscardableLockless)) != 0)
        {
            status = Status.ZxErrInvalidArgs;
        }

        if (status == Status.ZxOk && size > VmoAccess.MaxSize)
        {
            status = Status.ZxErrOutOfRange;
        }

        if (status != Status.ZxOk)
        {
            return Syscalls.Fail(status);
        }

        context.Need(koids: true);
        var resizable = (call.Options & VmoOptions.Resizable) != 0;
        var vmo = context.CreateVmo((koid, actor) => new VmoState
        {
            Koid = koid,
            Actor = actor,
            Size = size,
            Resizable = resizable,
            PagerBacked = true,
            HandleCount = 1,
        });
        return SyscallResult.ZxOk(Value.Int(context.AddHandle(new ObjectRef(vmo.Koid, ObjectKind.Vmo, vmo.Actor), VmoRights(resizable))));
    }
}

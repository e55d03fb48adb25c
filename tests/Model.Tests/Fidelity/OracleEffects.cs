using VmoKernel.Abi;

namespace VmoKernel.Tests.Model.Fidelity;

/// <summary>
/// What a call that succeeded does to the facts the oracle tracks, from the call, its status and
/// the values it returned (handle numbers, and a new child's rights as zx_object_get_info reports
/// them), as a user program learns them. A failed call changes nothing the oracle tracks.
/// </summary>
public static class OracleEffects
{
    private const ulong Page = 4096;

    public static void Observe(OracleWorldState world, Syscall call, SyscallResult result, Func<uint, Rights> rightsOf)
    {
        if (!result.Succeeded)
        {
            return;
        }

        switch (call)
        {
            case VmoCreate c:
                CheckOrderOracle.RoundUp(c.Size, out var size);
                var created = new OracleVmo
                {
                    Size = size,
                    Resizable = (c.Options & VmoOptions.Resizable) != 0,
                    Discardable = (c.Options & (VmoOptions.Discardable | VmoOptions.DiscardableLockless)) != 0,
                    Lockless = (c.Options & VmoOptions.DiscardableLockless) != 0,
                    Handles = 1,
                };
                world.Handles[Handle(result)] = new OracleHandle(created, null, false, rightsOf(Handle(result)));
                break;
            case VmoCreateChild c when world.Handles[c.Vmo].Vmo is { } parent:
                CheckOrderOracle.RoundUp(c.Size, out var childSize);
                var child = new OracleVmo
                {
                    Size = childSize,
                    Resizable = (c.Options & ChildOptions.Resizable) != 0,
                    Kind = (c.Options & ChildOptions.Slice) != 0 ? OracleKind.Slice : OracleKind.Snapshot,
                    Parent = parent,
                    ParentPage = c.Offset / Page,
                    Handles = 1,
                };
                parent.Children.Add(child);
                world.Handles[Handle(result)] = new OracleHandle(child, null, false, rightsOf(Handle(result)));
                break;
            case VmoSetSize s:
                CheckOrderOracle.RoundUp(s.Size, out var newSize);
                world.Handles[s.Vmo].Vmo!.Size = newSize;
                break;
            case VmoOpRange { Op: VmoOp.Lock or VmoOp.TryLock } o:
                var locked = world.Handles[o.Vmo].Vmo!;
                (locked.LockCount, locked.EverLocked, locked.Discarded) = (locked.LockCount + 1, true, false);
                break;
            case VmoOpRange { Op: VmoOp.Unlock } o:
                world.Handles[o.Vmo].Vmo!.LockCount--;
                break;
            case HandleDuplicate d:
                var source = world.Handles[d.Handle];
                var rights = d.Rights == (uint)Rights.SameRights ? source.Rights : (Rights)d.Rights;
                world.Handles[Handle(result)] = source with { Rights = rights };
                if (source.Vmo is { } dupVmo)
                {
                    dupVmo.Handles++;
                }

                break;
            case HandleClose c:
                Close(world, c.Handle);
                break;
            case BtiPin p:
                Pin(world, p, result);
                break;
            case PmtUnpin u:
                var pin = world.Handles[u.Pmt].Pin!;
                Unpin(pin);
                world.Handles.Remove(u.Pmt);
                break;
            case Reclaim:
                foreach (var vmo in world.Vmos().Where(v => v.Alive && v.Discardable && !v.Lockless && v.EverLocked && v.LockCount == 0 && v.Pins.Count == 0))
                {
                    vmo.Discarded = true;
                }

                break;
        }
    }

    private static void Close(OracleWorldState world, uint handle)
    {
        var closed = world.Handles[handle];
        world.Handles.Remove(handle);
        if (closed.Vmo is { } vmo)
        {
            vmo.Handles--;
        }

        // A PMT closed without unpinning stays pinned and quarantines the BTI (D-14, D-16).
        world.Quarantined |= closed.Pin is not null;
    }

    private static void Pin(OracleWorldState world, BtiPin p, SyscallResult result)
    {
        var through = world.Handles[p.Vmo].Vmo!;
        var (owner, shift) = through.Owner;
        var pin = new OraclePin(owner, (p.Offset / Page) + shift, p.Size / Page, through);
        for (var page = pin.FirstPage; page < pin.FirstPage + pin.Pages; page++)
        {
            owner.Pins[page] = owner.Pins.GetValueOrDefault(page) + 1;
        }

        through.PinReferences++;
        var pmt = (uint)((IntValue)((RecordValue)result.Value)["pmt"]!).Number;
        world.Handles[pmt] = new OracleHandle(null, pin, false, Rights.DefaultPmt);
    }

    private static void Unpin(OraclePin pin)
    {
        for (var page = pin.FirstPage; page < pin.FirstPage + pin.Pages; page++)
        {
            if (--pin.Owner.Pins[page] == 0)
            {
                pin.Owner.Pins.Remove(page);
            }
        }

        pin.Through.PinReferences--;
    }

    private static uint Handle(SyscallResult result) => (uint)((IntValue)result.Value).Number;
}

using VmoKernel.Abi;
using VmoKernel.Model.State;

namespace VmoKernel.Tests.Model.Properties;

/// <summary>
/// A generated call, independent of any state: handle arguments are references (an index into the
/// caller's handles of the wanted type, or a bogus value) resolved against the state the call runs
/// in, so most generated calls name real objects. <see cref="ExactRange"/> replaces offset and length
/// with (0, the VMO's size), the only range LOCK accepts.
/// </summary>
public sealed record CallTemplate(
    CallKind Kind,
    HandleRef First,
    HandleRef Second,
    ulong A,
    ulong B,
    ulong C,
    uint Flags,
    byte Fill,
    int Length,
    bool ExactRange,
    bool AsOtherProcess)
{
    public (ulong Process, Syscall Call) Materialize(KernelState state)
    {
        var processes = state.Processes.Keys.ToList();
        var process = AsOtherProcess && processes.Count > 1 ? processes[^1] : processes[0];
        var p = state.Processes[process];
        uint Vmo(HandleRef r) => r.Resolve(p, ObjectType.Vmo);
        var vmo = Vmo(First);
        var size = p.Handles.TryGetValue(vmo, out var h) && state.Vmos.TryGetValue(h.Koid, out var v) ? v.Size : A;
        var (offset, length) = ExactRange ? (0UL, size) : (A, B);
        var data = ByteString.Of(Enumerable.Repeat(Fill, Length).ToArray());
        Syscall call = Kind switch
        {
            CallKind.Create => new VmoCreate(A, Flags),
            CallKind.Write => new VmoWrite(vmo, offset, data),
            CallKind.Read => new VmoRead(vmo, offset, length),
            CallKind.GetSize => new VmoGetSize(vmo),
            CallKind.SetSize => new VmoSetSize(vmo, A),
            CallKind.OpRange => new VmoOpRange(vmo, Flags, offset, length),
            CallKind.CreateChild => new VmoCreateChild(vmo, Flags, A, B),
            CallKind.Transfer => new VmoTransferData(vmo, Flags % 8 == 7 ? 1u : 0u, A, B, Vmo(Second), C),
            CallKind.Duplicate => new HandleDuplicate(First.Resolve(p, null), Flags),
            CallKind.Replace => new HandleReplace(First.Resolve(p, null), Flags),
            CallKind.Close => new HandleClose(First.Resolve(p, null)),
            CallKind.Pin => new BtiPin(Second.Resolve(p, ObjectType.Bti), Flags, vmo, offset, length),
            CallKind.Unpin => new PmtUnpin(First.Resolve(p, ObjectType.Pmt)),
            CallKind.Map => new VmarMap(Second.Resolve(p, ObjectType.Vmar), Flags, C, vmo, A, B),
            CallKind.Unmap => new VmarUnmap(Second.Resolve(p, ObjectType.Vmar), MappedAddress(p) + C, B),
            CallKind.MemRead => new MemRead(MappedAddress(p) + C, B % (3 * 4096)),
            CallKind.MemWrite => new MemWrite(MappedAddress(p) + C, data),
            CallKind.GetInfo => new ObjectGetInfo(First.Resolve(p, null), Flags),
            CallKind.Reclaim => new Reclaim((PressureLevel)(Flags % 5)),
            CallKind.SetFreeFrames => new SetFreeFrames(A),
            CallKind.CreatePager => new PagerCreate(Flags & 1),
            CallKind.CreatePort => new PortCreate(Flags & 3),
            CallKind.CreatePagerVmo => new PagerCreateVmo(First.Resolve(p, ObjectType.Pager), Flags, Second.Resolve(p, ObjectType.Port), 0, A),
            CallKind.CreateContiguous => new VmoCreateContiguous(Second.Resolve(p, ObjectType.Bti), A, Flags % 16 == 0 ? 0 : Flags % 70),
            CallKind.CreatePhysical => new VmoCreatePhysical(Second.Resolve(p, ObjectType.Resource), C, A),
            _ => new ProcessCreate(),
        };
        return (process, call);
    }

    private ulong MappedAddress(ProcessState p) =>
        p.Mappings.IsEmpty ? KernelLayout.RootVmarBase : p.Mappings.Values.ElementAt(First.Index % p.Mappings.Count).Address;

    public override string ToString() => $"{Kind}({First}, {Second}, 0x{A:x}, 0x{B:x}, 0x{C:x}, 0x{Flags:x}, len {Length}{(ExactRange ? ", exact" : "")})";
}

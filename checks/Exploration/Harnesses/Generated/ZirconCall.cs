using VmoKernel.Abi;

namespace VmoKernel.Checks.Exploration.Harnesses.Generated;

/// <summary>
/// One generated Zircon call in the making: the thread's caller, the process it runs as with that process's
/// objects, the surface's objects (what this thread made so far among them), and every process (for calls
/// that name processes).
/// </summary>
internal sealed record ZirconCall(KernelCaller Caller, ZirconFixture Fixture, ZirconProcessObjects Objects, int Client, GeneratedProcesses Processes)
{
    public ZirconOwned Owned => Fixture.Owned[Client];

    public ulong Process => Objects.Koid;

    /// <summary>Makes the call as <see cref="Process"/>.</summary>
    public Task<SyscallResult> MakeAsync(Syscall syscall) => Caller.CallAsAsync(Process, syscall);

    /// <summary>Makes a call whose value is a new handle and remembers a handle it returns.</summary>
    public async Task<uint?> MakeHandleAsync(Syscall syscall)
    {
        var result = await MakeAsync(syscall);
        return result is { Succeeded: true, Value: IntValue handle } ? (uint)handle.Number : null;
    }

    /// <summary>Remembers a VMO handle this thread made, for its later calls.</summary>
    public void KeepVmo(uint? handle, ulong size)
    {
        // Only small whole-page VMOs: edges are measured from the size, and a huge one would make every commit a NO_MEMORY.
        if (handle is { } made && size is >= Workload.Page and <= 4 * Workload.Page && size % Workload.Page == 0)
        {
            Owned.Vmos.Add((Process, new ZirconVmo(made, size)));
        }
    }

    /// <summary>Remembers a handle (not a VMO) this thread made.</summary>
    public void KeepHandle(uint? handle)
    {
        if (handle is { } made)
        {
            Owned.Handles.Add((Process, made));
        }
    }

    /// <summary>Forgets a handle this thread made once a close or a replace consumed it.</summary>
    public void Forget(uint handle)
    {
        Owned.Vmos.RemoveAll(v => v.Process == Process && v.Vmo.Handle == handle);
        Owned.Handles.RemoveAll(h => h.Process == Process && h.Handle == handle);
    }

    /// <summary>A VMO of the process (<see cref="ZirconEdges.Vmo"/>); in p0, when set-up made one for the favoured VMO, that one a time in four.</summary>
    public ZirconVmo Vmo() =>
        Fixture.Related is { } related && Objects == Fixture.First && Caller.Choose(4) == 0
            ? related
            : ZirconEdges.Vmo(Caller, Objects, Owned, Fixture.Focus, Fixture.Family is not null);

    /// <summary>A set-up VMO of the process other than <paramref name="vmo"/> (of the family's kinds when focused), for a transfer's other end.</summary>
    public ZirconVmo Other(ZirconVmo vmo)
    {
        var kinds = Fixture.Family?.Vmos ?? [.. Enumerable.Range(0, Objects.Vmos.Count)];
        var others = kinds.Where(k => k < Objects.Vmos.Count).Select(k => Objects.Vmos[k]).Where(v => v.Handle != vmo.Handle).ToList();
        return others.Count == 0 ? vmo : Caller.ChooseOne(others);
    }

    /// <summary>
    /// An offset and a length in <paramref name="vmo"/>. Focused, one draw decides for the whole call (the edges
    /// of each argument would compound): edges one time in six, the whole VMO three times in six (LOCK, TRY_LOCK and
    /// UNLOCK answer OUT_OF_RANGE to anything else, and a transfer of a whole VMO meets every pin of it), else whole pages inside it.
    /// </summary>
    public (ulong Offset, ulong Length) Range(ZirconVmo vmo)
    {
        var draw = Fixture.Family is null || vmo.Size < Workload.Page ? 0 : Caller.Choose(6);
        if (draw == 0)
        {
            var offset = Offset(vmo.Size);
            return (offset, Length(vmo.Size, offset));
        }

        return draw <= 3 ? (0, vmo.Size) : ZirconEdges.PageRange(Caller, vmo.Size);
    }

    public ulong Offset(ulong size) => ZirconEdges.Offset(Caller, size);

    public ulong Length(ulong size, ulong offset) => ZirconEdges.Length(Caller, size, offset);

    /// <summary>
    /// Any handle: a VMO one most of the time, else the VMAR, BTI, port, pager, PMT or one this thread made
    /// (so handle calls meet every object type).
    /// </summary>
    public uint AnyHandle()
    {
        if (Caller.Choose(2) == 0)
        {
            return Vmo().Handle;
        }

        var mine = Owned.Handles.Where(h => h.Process == Process).Select(h => h.Handle);
        return Caller.ChooseOne<uint>([Objects.Vmar, Objects.Bti, Objects.Port, Objects.Pager, Objects.Pmt, .. mine]);
    }
}

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

    public ZirconVmo Vmo() => ZirconEdges.Vmo(Caller, Objects, Owned, Fixture.Focus);

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

using VmoKernel.Abi;
using VmoKernel.Model.Linux.Rules;
using VmoKernel.Model.Rules;
using VmoKernel.Model.State;

namespace VmoKernel.Model.Syscalls;

/// <summary>
/// Control call mem_read(addr, len) -> bytes: a load through the calling process's mappings; OK, or
/// FAULT with nothing changed (<see cref="MappedAccess"/>). Length 0 is OK. A load longer than the
/// model's read limit faults.
/// </summary>
public static class MemRead
{
    public static (KernelState State, SyscallResult Result) Step(KernelState state, ulong process, Abi.MemRead call)
    {
        // An address in a Linux VMA is a Linux load (model/Linux): SIGSEGV, SIGBUS, or a thread blocked on a uffd.
        if (state.Linux.Process(process).VmaAt(call.Address) is not null)
        {
            var load = LinuxMemory.Load(state, process, call, call.Address, call.Length, syscall: false);
            return load.Ok ? Outcome.Ok(load.State, Value.Of(load.Bytes)) : (load.State, load.Failure);
        }

        if (call.Length > VmoLimits.MaxReadLength
            || !MappedAccess.TryResolve(state, state.Processes[process], call.Address, call.Length, VmOptions.PermRead, out var pieces))
        {
            return Outcome.Fail(state, Status.Fault);
        }

        var bytes = new byte[call.Length];
        foreach (var piece in pieces)
        {
            VmoBytes.Read(state, piece.Vmo, piece.VmoOffset, piece.Length).Bytes.CopyTo(bytes, (int)piece.BufferOffset);
        }

        return Outcome.Ok(state, Value.Of(ByteString.Of(bytes)));
    }
}

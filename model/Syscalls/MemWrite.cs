using VmoKernel.Abi;
using VmoKernel.Model.Linux.Rules;
using VmoKernel.Model.Rules;
using VmoKernel.Model.State;

namespace VmoKernel.Model.Syscalls;

/// <summary>
/// Control call mem_write(addr, bytes): a store through the calling process's mappings; OK, or FAULT
/// with nothing changed (<see cref="MappedAccess"/>), including when a page cannot get a frame.
/// </summary>
public static class MemWrite
{
    public static (KernelState State, SyscallResult Result) Step(KernelState state, ulong process, Abi.MemWrite call)
    {
        // An address in a Linux VMA is a Linux store (model/Linux): SIGSEGV, SIGBUS, a lost droppable store, or a blocked thread.
        if (state.Linux.Process(process).VmaAt(call.Address) is not null)
        {
            var store = LinuxMemory.Store(state, process, call, call.Address, call.Data, syscall: false);
            return store.Ok ? Outcome.Ok(store.State) : (store.State, store.Failure);
        }

        var length = (ulong)call.Data.Length;
        if (!MappedAccess.TryResolve(state, state.Processes[process], call.Address, length, VmOptions.PermWrite, out var pieces))
        {
            return Outcome.Fail(state, Status.Fault);
        }

        var after = state;
        foreach (var piece in pieces)
        {
            var data = ByteString.Of(call.Data.Bytes.AsSpan((int)piece.BufferOffset, (int)piece.Length));
            if (!VmoBytes.TryWrite(after, piece.Vmo, piece.VmoOffset, data, out after))
            {
                return Outcome.Fail(state, Status.Fault);
            }
        }

        return Outcome.Ok(after);
    }
}

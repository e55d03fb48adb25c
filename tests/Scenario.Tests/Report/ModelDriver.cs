using VmoKernel.Abi;
using VmoKernel.Model.State;

namespace VmoKernel.Tests.Scenario.Report;

/// <summary>Drives the model call by call as p0, keeping the current state, so a twin test can build a real state and then break it.</summary>
public sealed class ModelDriver
{
    public const ulong Page = KernelLayout.PageSize;

    public KernelState State { get; private set; } = KernelState.Fresh();

    public static ulong Process => KernelState.InitialProcessKoid;

    public static uint RootVmar => KernelLayout.HandleValue(1);

    public static uint Bti => KernelLayout.HandleValue(2);

    public SyscallResult Call(Syscall call)
    {
        var (state, result) = Model.Kernel.Step(State, Process, call);
        State = state;
        return result;
    }

    /// <summary>Runs a call that must succeed and returns its integer value (a handle, an address).</summary>
    public ulong Int(Syscall call)
    {
        var result = Call(call);
        Assert.True(result.Succeeded, $"{call} failed: {result}");
        return Assert.IsType<IntValue>(result.Value).Number;
    }

    public uint Handle(Syscall call) => (uint)Int(call);

    /// <summary>Runs a call and asserts it returned <paramref name="status"/>.</summary>
    public SyscallResult Expect(Status status, Syscall call)
    {
        var result = Call(call);
        Assert.True(result.Status == status, $"{call}: expected {StatusNames.Name(status)}, got {result}");
        return result;
    }

    public VmoState Vmo(uint handle) => State.Vmos[State.Processes[Process].Handles[handle].Koid];

    public static ByteString Text(string text) => ByteString.Of(System.Text.Encoding.UTF8.GetBytes(text));
}

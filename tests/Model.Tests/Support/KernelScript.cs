using VmoKernel.Abi;
using VmoKernel.Model;
using VmoKernel.Model.State;

namespace VmoKernel.Tests.Model.Support;

/// <summary>
/// Drives the model call by call as process p0 (or another), remembering every state, so a test
/// reads like a scenario: <c>var v = k.Handle(new VmoCreate(4096, 0));</c>.
/// </summary>
public sealed class KernelScript
{
    public KernelScript(KernelState? state = null)
    {
        State = state ?? KernelState.Fresh();
        Process = KernelState.InitialProcessKoid;
    }

    public static uint RootVmar => KernelLayout.HandleValue(1);

    public static uint Bti => KernelLayout.HandleValue(2);

    public static uint RootResource => KernelLayout.HandleValue(3);

    public KernelState State { get; private set; }

    public ulong Process { get; set; }

    public SyscallResult Call(Syscall call)
    {
        var (state, result) = Kernel.Step(State, Process, call);
        State = state;
        return result;
    }

    /// <summary>Runs a call that must succeed and returns its integer value as a handle.</summary>
    public uint Handle(Syscall call) => (uint)Int(call);

    /// <summary>Runs a call that must succeed and returns its integer value.</summary>
    public ulong Int(Syscall call)
    {
        var result = Call(call);
        Assert.True(result.Succeeded, $"{call} failed: {result}");
        return Assert.IsType<IntValue>(result.Value).Number;
    }

    /// <summary>Runs a call that must succeed and returns its bytes.</summary>
    public byte[] Bytes(Syscall call)
    {
        var result = Call(call);
        Assert.True(result.Succeeded, $"{call} failed: {result}");
        return [.. Assert.IsType<BytesValue>(result.Value).Bytes.Bytes];
    }

    /// <summary>Runs a call that must succeed and returns its record.</summary>
    public RecordValue Record(Syscall call)
    {
        var result = Call(call);
        Assert.True(result.Succeeded, $"{call} failed: {result}");
        return Assert.IsType<RecordValue>(result.Value);
    }

    /// <summary>Runs a call and asserts its status.</summary>
    public void Expect(Status status, Syscall call)
    {
        var result = Call(call);
        Assert.True(result.Status == status, $"{call}: expected {StatusNames.Name(status)}, got {result}");
    }

    public VmoState Vmo(uint handle) => State.Vmos[State.Processes[Process].Handles[handle].Koid];

    public static ByteString Text(string text) => ByteString.Of(System.Text.Encoding.UTF8.GetBytes(text));

    public static ByteString Fill(byte value, int length) => ByteString.Of(Enumerable.Repeat(value, length).ToArray());
}

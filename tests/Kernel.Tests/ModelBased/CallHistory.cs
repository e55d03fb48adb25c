using System.Collections.Immutable;
using VmoKernel.Abi;
using VmoKernel.Model;
using VmoKernel.Model.State;

namespace VmoKernel.Tests.Kernel.ModelBased;

/// <summary>
/// The model side of the FsCheck machine: the calls made so far. The model kernel that is compared
/// lives in <see cref="KernelPair"/> (it is mutable); this immutable history is what generation looks at,
/// to aim calls at objects that exist: <see cref="Objects"/> replays it on a fresh model.
/// </summary>
public sealed record CallHistory(ImmutableList<Syscall> Calls)
{
    public static CallHistory Empty { get; } = new(ImmutableList<Syscall>.Empty);

    public CallHistory After(Syscall call) => new(Calls.Add(call));

    /// <summary>The model's state after these calls, with each call's answer in order.</summary>
    public (KernelState State, IReadOnlyList<SyscallResult> Results) Replay()
    {
        var model = new ModelKernel();
        var results = Calls.Select(call => model.Invoke(model.InitialProcess, call)).ToList();
        return (model.State, results);
    }

    /// <summary>The VMO and PMT handles p0 holds after these calls, per the model.</summary>
    public (IReadOnlyList<uint> Vmos, IReadOnlyList<uint> Pmts) Objects()
    {
        var model = new ModelKernel();
        var vmos = new List<uint>();
        var pmts = new List<uint>();
        foreach (var call in Calls)
        {
            var result = model.Invoke(model.InitialProcess, call);
            switch (call)
            {
                case VmoCreate or VmoCreateChild when result is { Succeeded: true, Value: IntValue handle }:
                    vmos.Add((uint)handle.Number);
                    break;
                case HandleDuplicate duplicate when vmos.Contains(duplicate.Handle) && result is { Succeeded: true, Value: IntValue copy }:
                    vmos.Add((uint)copy.Number);
                    break;
                case BtiPin when result is { Succeeded: true, Value: RecordValue record } && record["pmt"] is IntValue pmt:
                    pmts.Add((uint)pmt.Number);
                    break;
                case HandleClose close when result.Succeeded:
                    vmos.Remove(close.Handle);
                    break;
                case PmtUnpin unpin when result.Succeeded:
                    pmts.Remove(unpin.Pmt);
                    break;
                default:
                    break;
            }
        }

        return (vmos, pmts);
    }

    public override string ToString() => $"{Calls.Count} call(s)";
}

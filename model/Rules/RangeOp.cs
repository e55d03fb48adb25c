using VmoKernel.Abi;
using VmoKernel.Model.State;

namespace VmoKernel.Model.Rules;

/// <summary>The arguments of one zx_vmo_op_range call after the handle lookup.</summary>
public sealed record RangeOp(KernelState State, Rights Rights, VmoState Vmo, ulong Offset, ulong Size)
{
    public bool Has(Rights right) => (Rights & right) != 0;
}

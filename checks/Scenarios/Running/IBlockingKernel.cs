namespace VmoKernel.Checks.Scenarios.Running;

/// <summary>
/// Implemented (beside <see cref="Abi.IKernel"/>) by a kernel whose calls can block, e.g. a fault
/// waiting for a pager to supply a page. It lets the runner tell "still running" from "can never
/// finish": after <see cref="SettleAsync"/> a call that has not completed is blocked forever.
/// A kernel without it answers every call before the next one starts, so nothing blocks.
/// </summary>
public interface IBlockingKernel
{
    /// <summary>Completes once every call in flight has finished or is blocked with nothing left that could wake it.</summary>
    Task SettleAsync();
}

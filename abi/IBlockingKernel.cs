namespace VmoKernel.Abi;

/// <summary>
/// Implemented (beside <see cref="IKernel"/>) by a kernel whose calls can block, e.g. a fault
/// waiting for a pager to supply a page. It lets the runner tell "still running" from "can never
/// finish": after <see cref="SettleAsync"/> a call that has not completed is blocked forever.
/// A kernel without it answers every call before the next one starts, so nothing blocks. A sequential
/// driver settles after each statement, so a call woken by a statement has finished or blocked again
/// before the next one (scenario-language.md, "Blocking").
/// </summary>
public interface IBlockingKernel
{
    /// <summary>Completes once every call in flight has finished or is blocked with nothing left that could wake it.</summary>
    Task SettleAsync();
}

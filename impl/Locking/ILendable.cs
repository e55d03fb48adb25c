namespace VmoKernel.Kernel.Locking;

/// <summary>
/// A state a lockable owner lends under its lock and takes back, perhaps replaced, on release. Every
/// such state is an immutable record, so lending it shares nothing that either side could change.
/// </summary>
internal interface ILendable
{
}

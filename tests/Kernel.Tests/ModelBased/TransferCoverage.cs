using VmoKernel.Abi;
using VmoKernel.Model;

namespace VmoKernel.Tests.Kernel.ModelBased;

/// <summary>
/// What the zx_vmo_transfer_data calls of one generated sequence did, per the model (which the kernel
/// matched, or the sequence failed): how many there were, how many succeeded, how many failed after
/// argument validation (range, shape, pins, discard, memory), how many were stopped by their arguments
/// or handles, and whether a transfer's source or a SNAPSHOT child of its destination was read afterwards.
/// </summary>
public sealed record TransferCoverage(int Transfers, int Succeeded, int FailedAfterValidation, int Rejected, bool SourceReadAfterFailure, bool SnapshotChildReadAfterSuccess)
{
    public static TransferCoverage Of(CallHistory history)
    {
        var model = new ModelKernel();
        var succeeded = 0;
        var failedAfterValidation = 0;
        var rejected = 0;
        var failedSources = new HashSet<uint>();
        var childrenOfDestinations = new HashSet<uint>();
        var sourceRead = false;
        var snapshotChildRead = false;
        foreach (var call in history.Calls)
        {
            var childrenBefore = call is VmoTransferData before
                ? VmoTarget.All(model.State).FirstOrDefault(t => t.Handle == before.Dst)?.SnapshotChildren ?? []
                : [];
            var result = model.Invoke(model.InitialProcess, call);
            switch (call)
            {
                case VmoTransferData when result.Succeeded:
                    succeeded++;
                    childrenOfDestinations.UnionWith(childrenBefore);
                    break;
                case VmoTransferData transfer when result.Status is Status.ZxErrOutOfRange or Status.ZxErrBadState or Status.ZxErrNotSupported or Status.ZxErrNoMemory:
                    failedAfterValidation++;
                    failedSources.Add(transfer.Src);
                    break;
                case VmoTransferData:
                    rejected++;
                    break;
                case VmoRead read when result.Succeeded:
                    sourceRead |= failedSources.Contains(read.Vmo);
                    snapshotChildRead |= childrenOfDestinations.Contains(read.Vmo);
                    break;
                default:
                    break;
            }
        }

        return new TransferCoverage(succeeded + failedAfterValidation + rejected, succeeded, failedAfterValidation, rejected, sourceRead, snapshotChildRead);
    }
}

using VmoKernel.Abi;
using VmoKernel.Kernel.Notifications;
using VmoKernel.Model;

namespace VmoKernel.Checks.Exploration.Monitors;

/// <summary>
/// INV-INFO-05: a process_getinfo result equals the state at one instant. The monitor keeps its own
/// model, stepped with every linearized call; at the getinfo's linearization point the kernel's buffer
/// must be byte for byte the model's (getinfo holds no physical address, so no renaming is needed).
/// </summary>
public sealed class GetinfoIsOneSnapshotMonitor : KernelMonitor
{
    public const string SpecId = "INV-INFO-05";

    private readonly ModelKernel _model = new();

    protected override void Check(CallLinearizedNotification n)
    {
        var expected = _model.Invoke(n.Process, n.Call);
        if (n.Call is ProcessGetinfo && n.Result.Succeeded)
        {
            Require(n.Result.Equals(expected),
                () => $"{SpecId}: {CallText.Of(n)} is not the state at any one instant; at its linearization point the state gives {CallText.Of(n.Call, expected)}");
        }
    }
}

using VmoKernel.Kernel.Boot;
using CoyoteMonitor = Microsoft.Coyote.Specifications.Monitor;

namespace VmoKernel.Checks.Exploration.Harnesses.Boot;

/// <summary>
/// What one harness's set-up left, for every iteration to start from instead of making the set-up's calls
/// again: the kernel as an image, the monitors' notifications of those calls (in order, to tell the booted
/// kernel's monitors, so they have seen what the kernel has done), and the set-up's calls with their answers.
/// </summary>
public sealed record SetUpImage(KernelImage Kernel, IReadOnlyList<CoyoteMonitor.Event> Notifications, IReadOnlyList<SetUpAnswer> Answers)
{
    /// <summary>
    /// A fresh fixture for one iteration: the harness's set-up run again with each call answered as it was
    /// (fixtures may hold what the clients change, so iterations never share one). The answers are at hand, so
    /// it completes at once; a set-up that then asks for other calls than it made is not deterministic.
    /// </summary>
    internal object Fixture(IKernelHarness harness, ulong process, IReadOnlyDictionary<string, ulong> bindings)
    {
        var next = 0;
        var caller = new KernelCaller(process, bindings, (asked, call) =>
        {
            var answer = next < Answers.Count ? Answers[next++] : null;
            return answer is not null && answer.Process == asked && (answer.Call.Equals(call) || answer.Call.ToString() == call.ToString())
                ? Task.FromResult(answer.Answer)
                : throw new InvalidOperationException($"harness set-up is not deterministic: call {next} was {answer?.Call.ToString() ?? "none"} when its image was taken, now {call}");
        }, _ => throw new InvalidOperationException("harness set-up chose when its image was taken without a choice"));
        var setUp = harness.SetUpAsync(caller);
        return setUp.IsCompletedSuccessfully && next == Answers.Count
            ? setUp.Result
            : throw new InvalidOperationException("harness set-up did not end as it did when its image was taken");
    }
}

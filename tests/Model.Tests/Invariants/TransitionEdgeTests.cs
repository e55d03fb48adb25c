using VmoKernel.Abi;
using VmoKernel.Model.Invariants;
using VmoKernel.Model.State;
using VmoKernel.Tests.Model.Support;

namespace VmoKernel.Tests.Model.Invariants;

/// <summary>
/// Edges of the two-state invariants (<see cref="Transitions.Check"/>): each test takes a step the model
/// really makes and breaks exactly one thing in its result or after state, or shows a correct step at a
/// boundary, and asserts the whole report. Scenarios only feed the checks correct steps, so a check
/// that stopped seeing a broken one would go unnoticed without these. The messages are what exhaust
/// and the monitors print, so they are asserted in full. Split by check family: Transfer, State,
/// Discard, Reclaim, Child and Pin parts.
/// </summary>
public sealed partial class TransitionEdgeTests
{
    private const ulong Page = KernelLayout.PageSize;

    private static string[] Messages(KernelState before, Syscall call, SyscallResult result, KernelState after) =>
        ReportedViolations.OfStep(before, KernelState.InitialProcessKoid, call, result, after);

    private static PageBytes Bytes(string text)
    {
        var page = new byte[Page];
        System.Text.Encoding.UTF8.GetBytes(text).CopyTo(page, 0);
        return PageBytes.Of(page);
    }

    private static VmoState WithPage(VmoState vmo, ulong page, PageSlot slot) => vmo with { Pages = vmo.Pages.SetItem(page, slot) };

    private static VmoState WithoutPage(VmoState vmo, ulong page) => vmo with { Pages = vmo.Pages.Remove(page) };
}

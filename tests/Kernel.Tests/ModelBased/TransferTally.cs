namespace VmoKernel.Tests.Kernel.ModelBased;

/// <summary>The <see cref="TransferCoverage"/> of every sequence a check ran, summed, for the test output.</summary>
public sealed class TransferTally
{
    private int _sequences;
    private int _transfers;
    private int _succeeded;
    private int _failedAfterValidation;
    private int _rejected;

    public void Add(TransferCoverage coverage)
    {
        _sequences++;
        _transfers += coverage.Transfers;
        _succeeded += coverage.Succeeded;
        _failedAfterValidation += coverage.FailedAfterValidation;
        _rejected += coverage.Rejected;
    }

    public int Transfers => _transfers;

    public int Succeeded => _succeeded;

    public int FailedAfterValidation => _failedAfterValidation;

    public override string ToString() =>
        $"{_sequences} sequence(s) run (shrinking included), {_transfers} transfer_data call(s): " +
        $"{Share(_succeeded)} succeeded, {Share(_failedAfterValidation)} failed after validation, {Share(_rejected)} rejected by their arguments or handles";

    private string Share(int count) => $"{count} ({(_transfers == 0 ? 0 : 100.0 * count / _transfers):0.#}%)";
}

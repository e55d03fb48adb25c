namespace VmoKernel.Checks.Bench;

/// <summary>One harness explored clean: iterations, scheduling steps and their rates, and steps/s as a fraction of ping-pong's.</summary>
public sealed record ThroughputRow(string Harness, uint Iterations, long Steps, double Seconds, double IterationsPerSecond, double StepsPerSecond, double RatioToPingPong);

using Microsoft.Coyote.Actors;
using Microsoft.Coyote.SystematicTesting;
using VmoKernel.Checks.Exploration.Running;

namespace VmoKernel.Tests.Kernel.TestSupport;

/// <summary>
/// Runs a test body once under Coyote with a scenario's configuration (the actor kernel runs only inside a Coyote
/// runtime) and fails the test if Coyote reports a bug: what kernel tests that drive the kernel call by call share.
/// </summary>
internal static class OneSchedule
{
    public static void Run(Func<IActorRuntime, Task> test)
    {
        using var engine = TestingEngine.Create(CoyoteConfigurations.ForScenario(), test);
        engine.Run();
        Assert.Equal(0, engine.TestReport.NumOfFoundBugs);
    }
}

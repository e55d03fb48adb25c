using Microsoft.Coyote.SystematicTesting;
using VmoKernel.Checks.Exploration.Harnesses;
using VmoKernel.Checks.Exploration.Harnesses.Boot;
using VmoKernel.Checks.Exploration.Profiles;
using VmoKernel.Checks.Exploration.Running;
using VmoKernel.Kernel.Notifications;

namespace VmoKernel.Tests.Kernel.Boot;

/// <summary>
/// Which harnesses boot from a set-up image and what that takes out of their schedules: a set-up that chooses
/// nothing gets one image (its calls and the monitors' notifications of them), a set-up that chooses gets
/// none, and a harness booted from its image explores the same clients in fewer scheduling steps.
/// </summary>
public sealed class SetUpImagesTests
{
    private static readonly ExplorationProfile Ci = ProfileCatalog.LoadNearest().Find("ci");

    [Fact]
    public void AFixedSetUpHasAnImageOfItsCallsAndTheirNotifications()
    {
        var harness = HarnessCatalog.Find("LockVersusReclaim");

        SetUpImages.Prepare(harness, new HarnessSettings([]));
        var image = SetUpImages.For(harness, new HarnessSettings([]));

        Assert.NotNull(image);
        Assert.All(image.Answers, answer => Assert.True(answer.Answer.Succeeded, answer.ToString()));
        Assert.Equal(image.Answers.Count, image.Notifications.OfType<CallStartedNotification>().Count());
        Assert.Same(image, SetUpImages.For(harness, new HarnessSettings([])));
    }

    [Fact]
    public void ASetUpThatChoosesOrIsAskedToStayInTheScheduleHasNoImage()
    {
        var generated = HarnessCatalog.Find("Generated");
        var fixedSetUp = HarnessCatalog.Find("LockVersusReclaim");

        SetUpImages.Prepare(generated, new HarnessSettings([]));
        Assert.Null(SetUpImages.For(generated, new HarnessSettings([])));
        Assert.Null(SetUpImages.For(fixedSetUp, new HarnessSettings([], SetUpInSchedule: true)));
    }

    [Fact]
    public void BootingFromTheImageTakesTheSetUpOutOfEverySchedule()
    {
        var harness = HarnessCatalog.Find("LockVersusReclaim");

        var booted = Steps(harness, new HarnessSettings([]));
        var inSchedule = Steps(harness, new HarnessSettings([], SetUpInSchedule: true));

        Assert.True(booted < inSchedule, $"{booted} steps booted, {inSchedule} with the set-up in the schedule");
    }

    private static long Steps(ExplorationHarness harness, HarnessSettings settings)
    {
        SetUpImages.Prepare(harness, settings);
        using var engine = TestingEngine.Create(CoyoteConfigurations.ForExploration(Ci, ExplorationBudget.OfIterations(10)), runtime => harness.Start(runtime, settings));
        engine.Run();
        Assert.Equal(0, engine.TestReport.NumOfFoundBugs);
        return (long)engine.TestReport.TotalExploredFairSteps + engine.TestReport.TotalExploredUnfairSteps;
    }
}

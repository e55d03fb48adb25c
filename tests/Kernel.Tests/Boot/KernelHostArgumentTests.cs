using Microsoft.Coyote.Actors;
using VmoKernel.Checks.Exploration.Running;
using VmoKernel.Kernel;

namespace VmoKernel.Tests.Kernel.Boot;

/// <summary>Starting or booting a kernel without a runtime or an image is the caller's error, named as such.</summary>
public sealed class KernelHostArgumentTests
{
    [Fact]
    public void StartingWithoutARuntimeNamesTheRuntime() =>
        Assert.Equal("runtime", Assert.Throws<ArgumentNullException>(() => KernelHost.Start(null!)).ParamName);

    [Fact]
    public void BootingWithoutARuntimeNamesTheRuntime() =>
        Assert.Equal("runtime", Assert.Throws<ArgumentNullException>(() => KernelHost.Boot(null!, null!)).ParamName);

    [Fact]
    public void BootingWithoutAnImageNamesTheImage() =>
        Assert.Equal("image", Assert.Throws<ArgumentNullException>(() => KernelHost.Boot(RuntimeFactory.Create(CoyoteConfigurations.ForUncontrolledRuntime(monitors: false)), null!)).ParamName);
}

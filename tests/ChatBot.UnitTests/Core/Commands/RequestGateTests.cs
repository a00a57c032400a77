using ChatBot.Core.Commands;

using Microsoft.Extensions.Options;

namespace ChatBot.UnitTests.Commands;

/// <summary>The in-process gate: the shared scenarios (<see cref="RequestGateScenarios"/>).</summary>
public sealed class RequestGateTests : RequestGateScenarios
{
    protected override IRequestGate Gate(RateLimitOptions options) => new RequestGate(Options.Create(options), Time);
}

using FsCheck;

namespace ChatBot.IntegrationTests.Reliability.Hostile;

/// <summary>Registers <see cref="HostileText"/> as the generator for every string parameter of a property.</summary>
public static class HostileArbitraries
{
    public static Arbitrary<string> Strings() => HostileText.Questions();
}

using ChatBot.Discord.Commands;

namespace ChatBot.UnitTests.Discord.Commands;

public sealed class TimelinePictureOptionTests
{
    [Fact]
    public void TimelineCommand_HasAnOptionalBooleanPictureOption()
    {
        var timeline = DiscordCommandCatalog.LoadEmbedded().Find("timeline")!;

        var picture = Assert.Single(timeline.Options!, o => o.Name == "picture");
        Assert.Equal(5, picture.Type);
        Assert.False(picture.IsRequired);
        Assert.Equal(["from", "to", "about", "picture"], timeline.Options!.Select(o => o.Name));
    }
}

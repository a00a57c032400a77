using ChatBot.Core;
using ChatBot.Core.Timeline.Pictures;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Pictures;

public static class DependencyInjection
{
    /// <summary>
    /// Registers the timeline picture (SkiaSharp, PNG). Without it /timeline's picture option answers with the text
    /// timeline and a note that pictures are not available.
    /// </summary>
    public static IServiceCollection AddTimelinePictures(this IServiceCollection services)
    {
        return services.AddPlugIn<ITimelinePicture, SkiaTimelinePicture>();
    }
}

namespace ChatBot.Core.Timeline.Pictures;

/// <summary>
/// Draws a timeline as a picture (an adapter owns the drawing library). The same chart gives the same bytes, so a
/// picture can be cached or compared; a drawing that cannot be made throws, and the caller keeps the text timeline.
/// </summary>
public interface ITimelinePicture
{
    /// <summary>The media type of what <see cref="Draw"/> returns, e.g. image/png.</summary>
    string ContentType { get; }

    /// <summary>The file name extension, without the dot, e.g. png.</summary>
    string Extension { get; }

    byte[] Draw(TimelineChart chart, CancellationToken cancellationToken = default);
}

using ChatBot.Core.Timeline;

namespace ChatBot.Core.Generation;

/// <summary>
/// A name, number or date a sentence states. <see cref="Terms"/> are the content terms it is written with, which
/// do not count towards anchoring it (see <see cref="GroundednessChecker"/>).
/// </summary>
internal sealed record ClaimFact(GroundednessVerdict Kind, string Word, EventDate? Date, IReadOnlySet<string> Terms);

namespace OpenData;

/// <summary>How one form measures a <see cref="Concept"/>: the sum of some of its indicators.</summary>
/// <param name="Form">The form id.</param>
/// <param name="Codes">The indicators summed; blanks count as not reported (the sum is blank when all are blank).</param>
/// <param name="Comparability">How well this form's measure compares with the concept's other sources.</param>
/// <param name="NoteZh">What differs, in Chinese.</param>
/// <param name="NoteEn">What differs, in English.</param>
public sealed record ConceptSource(string Form, IReadOnlyList<string> Codes, Comparability Comparability, string NoteZh, string NoteEn);

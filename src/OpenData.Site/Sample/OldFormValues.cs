namespace OpenData.Site.Sample;

/// <summary>Values of the old nine-section form whose R-O identities hold.</summary>
internal static class OldFormValues
{
    public static void Fill(Dictionary<string, ReportValue> values, Draw draw)
    {
        void Set(string code, decimal value) => values[code] = ReportValue.Of(value);

        var active = draw.Count(40);
        Set("old.active.total", active);
        var normdocIssued = draw.Count(0.5);
        Set("old.active.normdoc_issued", normdocIssued);
        Set("old.active.normdoc_public", Math.Min(normdocIssued, active));
        Set("old.active.ch.gazette", Math.Min(active, draw.Count(2)));
        Set("old.active.ch.website", Math.Min(active, draw.Count(30)));
        Set("old.active.ch.weibo", Math.Min(active, draw.Count(10)));
        Set("old.active.ch.wechat", Math.Min(active, draw.Count(12)));
        Set("old.active.ch.other", Math.Min(active, draw.Count(5)));
        Set("old.resp.hotspots", draw.Count(0.3));
        var pressers = draw.Count(0.1);
        Set("old.resp.presser.total", pressers);
        Set("old.resp.presser.chief", Math.Min(pressers, draw.Count(0.05)));
        var interviews = draw.Count(0.05);
        Set("old.resp.interview.total", interviews);
        Set("old.resp.interview.chief", Math.Min(interviews, draw.Count(0.03)));
        Set("old.resp.interpret_articles", draw.Count(0.5));
        Set("old.resp.weibo_wechat_events", draw.Count(2));
        Set("old.resp.other_events", draw.Count(0.2));

        var received = draw.Count(3);
        Set("old.apply.received.total", received);
        Put(values, draw.Split(received, 2, 0.2, 5, 1), "old.apply.received.in_person", "old.apply.received.fax", "old.apply.received.online", "old.apply.received.mail");
        Set("old.apply.closed.total", received);
        Put(values, draw.Split(received, 9, 1), "old.apply.closed.on_time", "old.apply.closed.extended");
        Set("old.apply.replied.total", received);
        var replies = draw.Split(received, 1, 4, 1, 1, 1, 1, 0.5, 0.5);
        Put(values, replies, "old.apply.replied.already_public", "old.apply.replied.granted", "old.apply.replied.partial", "old.apply.replied.refused.total",
            "old.apply.replied.not_this_agency", "old.apply.replied.not_exist", "old.apply.replied.told_to_amend", "old.apply.replied.told_other_route");
        Put(values, draw.Split(replies[3], 1, 1, 2, 1, 2, 1), "old.apply.replied.refused.state_secret", "old.apply.replied.refused.commercial_secret",
            "old.apply.replied.refused.privacy", "old.apply.replied.refused.security_stability", "old.apply.replied.refused.not_gov_info", "old.apply.replied.refused.other_law");

        var reviews = draw.Count(0.1);
        Set("old.review.total", reviews);
        Put(values, draw.Split(reviews, 6, 1, 1), "old.review.upheld", "old.review.corrected", "old.review.other");
        var suits = draw.Count(0.05);
        Set("old.lit.total", suits);
        Put(values, draw.Split(suits, 6, 1, 1), "old.lit.upheld", "old.lit.corrected", "old.lit.other");
        Set("old.complaint.total", draw.Count(0.05));
        Set("old.fees", 0.0m);
        Set("old.org.units", 1);
        Set("old.org.reading_points", Math.Max(1, draw.Count(0.02)));
        var staff = Math.Max(1, draw.Count(0.05));
        Set("old.org.staff.total", staff);
        Put(values, draw.Split(staff, 1, 2), "old.org.staff.full_time", "old.org.staff.part_time");
        values["old.org.budget"] = ReportValue.Of(Math.Round((decimal)draw.Random.NextDouble() * 10, 2));
        Set("old.train.meetings", Math.Max(1, draw.Count(0.01)));
        Set("old.train.classes", Math.Max(1, draw.Count(0.02)));
        Set("old.train.trainees", draw.Count(1));
    }

    public static void Put(Dictionary<string, ReportValue> values, decimal[] parts, params string[] codes)
    {
        for (var i = 0; i < codes.Length; i++)
        {
            values[codes[i]] = ReportValue.Of(parts[i]);
        }
    }
}

package dev.studybot.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Puts the passages that name every numbered slogan of the question first ("两个确立", {@link NumberedSlogans}),
 * keeping their order; when none does, the documents do not answer the question. A first passage that lists the
 * slogans' items answers it (三大保卫战是啥: 打好蓝天、碧水、净土保卫战) even where the model finds the words far apart.
 */
final class SloganJudge implements Judge {

    private final PassageCatalog catalog;

    SloganJudge(PassageCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public Verdict judge(SearchQuestion question, Verdict verdict) {
        if (question.slogans().isEmpty()) {
            return verdict;
        }
        List<Scored> naming = new ArrayList<>();
        List<Scored> others = new ArrayList<>();
        for (Scored scored : verdict.ranked()) {
            (NumberedSlogans.allIn(question.slogans(), catalog.folded(scored.number())) ? naming : others).add(scored);
        }
        boolean named = !naming.isEmpty();
        boolean listed = named && NumberedSlogans.allListed(question.slogans(), catalog.folded(naming.get(0).number()));
        naming.addAll(others);
        return new Verdict(naming, named && (verdict.answered() || listed));
    }
}

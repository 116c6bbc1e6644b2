package uk.safekiosk.kiosk.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.QueryBuilder;

/**
 * The Lucene index of the vetted pages. Titles count most, then the one-line description, then the page's text; all
 * three are read with English stemming ("volcanoes" finds "volcano"). A separate field keeps the words as written, so
 * a query word found on no page can be put right ("dinasor" → "dinosaur", "elefant" → "elephant"). Children never
 * type query syntax: the query is only ever analysed as words. Thread-safe once built.
 */
public final class SearchIndex implements AutoCloseable {

    public static final int PAGE_SIZE = 10;

    private static final String KEY = "key";
    private static final String ADDRESS = "address";
    private static final String SITE_TITLE = "siteTitle";
    private static final String TITLE = "title";
    private static final String DESCRIPTION = "description";
    private static final String BODY = "body";
    private static final String SPELL = "spell";
    private static final String PICTURE = "picture";
    private static final String PICTURE_ALT = "pictureAlt";
    private static final float TITLE_BOOST = 4f;
    private static final float DESCRIPTION_BOOST = 2f;
    private static final float PHRASE_BOOST = 2f;
    private static final int SHORTEST_RESPELLED = 3;

    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final Analyzer english;
    private final Analyzer asWritten;
    private final DirectSpellChecker spelling;
    private final SoundsLike soundsLike;

    private SearchIndex(Directory directory, DirectoryReader reader) throws IOException {
        this.directory = directory;
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        this.english = new EnglishAnalyzer();
        this.asWritten = asWrittenAnalyzer();
        this.spelling = new DirectSpellChecker();
        this.spelling.setMaxEdits(2);
        // A word on a single page is still a word children look for (the default wants 1% of all pages).
        this.spelling.setThresholdFrequency(1);
        this.soundsLike = SoundsLike.of(reader, SPELL);
    }

    /** Writes a fresh index of {@code pages} into {@code directory} (replacing what was there) and opens it. */
    static SearchIndex build(Directory directory, Iterable<IndexedPage> pages) {
        Analyzer analyzer = new PerFieldAnalyzerWrapper(new EnglishAnalyzer(), Map.of(SPELL, asWrittenAnalyzer()));
        IndexWriterConfig config = new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (IndexedPage page : pages) {
                writer.addDocument(document(page));
            }
            writer.commit();
            return new SearchIndex(directory, DirectoryReader.open(directory));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot build the search index", e);
        }
    }

    /** Builds the index of every page in the catalogue. */
    public static SearchIndex build(Directory directory, SearchCatalogue catalogue) {
        List<IndexedPage> pages = new ArrayList<>();
        for (PageRef ref : catalogue.pages()) {
            VettedSite site = catalogue.site(ref.siteId()).orElseThrow();
            pages.add(IndexedPage.of(ref, catalogue.address(ref), site.title(), catalogue.html(ref),
                    catalogue.addresses()));
        }
        return build(directory, pages);
    }

    public int size() {
        return reader.numDocs();
    }

    /** Page {@code page} (from 1) of the results for {@code query}, ten to a page. */
    public SearchResults search(String query, int page) {
        String typed = query == null ? "" : query.strip();
        int wanted = Math.max(1, page);
        try {
            Optional<String> respelled = respell(typed);
            TopDocs found = run(typed, wanted);
            if (found.totalHits.value() == 0 && respelled.isPresent()) {
                TopDocs fixed = run(respelled.get(), wanted);
                if (fixed.totalHits.value() > 0) {
                    return results(typed, respelled.get(), Optional.empty(), fixed, wanted);
                }
            }
            return results(typed, typed, respelled, found, wanted);
        } catch (IOException e) {
            throw new UncheckedIOException("The search index could not be read", e);
        }
    }

    private TopDocs run(String text, int page) throws IOException {
        Query query = query(text);
        return query == null ? new TopDocs(new TotalHits(0, TotalHits.Relation.EQUAL_TO), new ScoreDoc[0])
                : searcher.search(query, page * PAGE_SIZE + 1);
    }

    /** Words in any of the three fields; the title counts most; the words together as a phrase count extra. */
    private Query query(String text) {
        QueryBuilder builder = new QueryBuilder(english);
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        boolean any = false;
        for (var field : List.of(Map.entry(TITLE, TITLE_BOOST), Map.entry(DESCRIPTION, DESCRIPTION_BOOST),
                Map.entry(BODY, 1f))) {
            Query words = builder.createBooleanQuery(field.getKey(), text, Occur.SHOULD);
            if (words != null) {
                all.add(new BoostQuery(words, field.getValue()), Occur.SHOULD);
                any = true;
            }
        }
        Query phrase = builder.createPhraseQuery(BODY, text, 2);
        if (phrase != null) {
            all.add(new BoostQuery(phrase, PHRASE_BOOST), Occur.SHOULD);
        }
        return any ? all.build() : null;
    }

    private SearchResults results(String typed, String searchedFor, Optional<String> didYouMean, TopDocs top,
                                  int page) throws IOException {
        List<SearchHit> hits = new ArrayList<>();
        StoredFields stored = searcher.storedFields();
        int from = (page - 1) * PAGE_SIZE;
        for (int i = from; i < Math.min(top.scoreDocs.length, from + PAGE_SIZE); i++) {
            hits.add(hit(stored.document(top.scoreDocs[i].doc)));
        }
        boolean hasNext = top.scoreDocs.length > from + PAGE_SIZE;
        return new SearchResults(typed, searchedFor, didYouMean, top.totalHits.value(), page, hasNext, hits);
    }

    private static SearchHit hit(Document doc) {
        String key = doc.get(KEY);
        int slash = key.indexOf('/');
        String picture = doc.get(PICTURE);
        Optional<PageRef> pictureRef = picture == null || picture.isEmpty() ? Optional.empty()
                : Optional.of(new PageRef(picture.substring(0, picture.indexOf('/')),
                        picture.substring(picture.indexOf('/') + 1)));
        return new SearchHit(new PageRef(key.substring(0, slash), key.substring(slash + 1)),
                URI.create(doc.get(ADDRESS)), doc.get(TITLE), doc.get(DESCRIPTION), doc.get(SITE_TITLE), pictureRef,
                doc.get(PICTURE_ALT));
    }

    /** The query with each word that is on no page replaced by the closest word that is, or empty. */
    Optional<String> respell(String text) throws IOException {
        StringBuilder out = new StringBuilder();
        int copied = 0;
        boolean changed = false;
        try (TokenStream tokens = asWritten.tokenStream(SPELL, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                String word = term.toString();
                if (word.length() < SHORTEST_RESPELLED || !word.chars().allMatch(Character::isLetter)
                        || EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(word)
                        || reader.docFreq(new Term(SPELL, word)) > 0) {
                    continue;
                }
                SuggestWord[] close = spelling.suggestSimilar(new Term(SPELL, word), 1, reader,
                        SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
                Optional<String> better = close.length > 0 ? Optional.of(close[0].string) : soundsLike.wordLike(word);
                if (better.isPresent()) {
                    out.append(text, copied, offset.startOffset()).append(better.get());
                    copied = offset.endOffset();
                    changed = true;
                }
            }
            tokens.end();
        }
        return changed ? Optional.of(out.append(text.substring(copied)).toString()) : Optional.empty();
    }

    private static Document document(IndexedPage page) {
        Document doc = new Document();
        doc.add(new StringField(KEY, page.ref().key(), Field.Store.YES));
        doc.add(new StoredField(ADDRESS, page.address().toString()));
        doc.add(new StoredField(SITE_TITLE, page.siteTitle()));
        doc.add(new TextField(TITLE, page.title(), Field.Store.YES));
        doc.add(new TextField(DESCRIPTION, page.description(), Field.Store.YES));
        doc.add(new TextField(BODY, page.body(), Field.Store.NO));
        doc.add(new TextField(SPELL, page.title() + "\n" + page.body(), Field.Store.NO));
        doc.add(new StoredField(PICTURE, page.picture().map(PageRef::key).orElse("")));
        doc.add(new StoredField(PICTURE_ALT, page.pictureAlt()));
        return doc;
    }

    /** Words as written, only lower-cased and without accents: the vocabulary for spelling suggestions. */
    private static Analyzer asWrittenAnalyzer() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer source = new StandardTokenizer();
                TokenStream result = new ASCIIFoldingFilter(new LowerCaseFilter(source));
                return new TokenStreamComponents(source, result);
            }
        };
    }

    @Override
    public void close() {
        try {
            reader.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

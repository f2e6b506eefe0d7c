"""The learned engine: training, saving/loading, determinism, offsets and its errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from tests.learned_corpus import ARTICLES, write_corpus

from attrib.cli import main
from attrib.errors import GoldError, ModelError, OptionError

torch = pytest.importorskip("torch", reason="the learned engine needs torch (pip install 'attrib[learned]')")

from attrib.learned import store  # noqa: E402
from attrib.learned.train import TrainOptions, train  # noqa: E402


def _train(tmp: Path, out: str = "model", epochs: int = 2, **kw: object) -> Path:
    gold = write_corpus(tmp / "gold")
    train(TrainOptions(gold=(str(gold),), out=str(tmp / out), epochs=epochs, hidden=16, **kw),  # type: ignore[arg-type]
          echo=lambda line: None)
    return tmp / out


@pytest.fixture(scope="module")
def tiny(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _train(tmp_path_factory.mktemp("tiny"), epochs=3)


def test_training_writes_a_complete_model_with_its_record(tiny: Path) -> None:
    assert sorted(p.name for p in tiny.iterdir()) == ["config.json", "training.json", "vocab.json", "weights.pt"]
    record = json.loads((tiny / "training.json").read_text())
    assert record["documents"] == len(ARTICLES) and record["seed"] == 13 and record["epochs"] == 3
    assert len(record["data_sha256"]) == 64 and record["machine"]["device"] == "cpu"
    assert [h["epoch"] for h in record["history"]] == [1, 2, 3]
    assert not [p for p in tiny.parent.iterdir() if p.name.startswith(".")]  # no temporary folder left


def test_save_load_round_trip_gives_the_same_weights(tiny: Path) -> None:
    loaded = store.load(tiny)
    saved = torch.load(tiny / "weights.pt", weights_only=True)
    assert loaded.lang == "en"
    for name, tensor in loaded.net.state_dict().items():
        assert torch.equal(tensor, saved[name])


def test_same_seed_same_model(tmp_path: Path, tiny: Path) -> None:
    again = _train(tmp_path, epochs=3)
    a = torch.load(tiny / "weights.pt", weights_only=True)
    b = torch.load(again / "weights.pt", weights_only=True)
    assert a.keys() == b.keys() and all(torch.equal(a[k], b[k]) for k in a)
    other = _train(tmp_path, out="other", epochs=3, seed=14)
    c = torch.load(other / "weights.pt", weights_only=True)
    assert not all(torch.equal(a[k], c[k]) for k in a)


def test_learned_results_keep_exact_offsets_and_name_the_engine(tiny: Path) -> None:
    import attrib

    for text, _ in ARTICLES.values():
        result = attrib.extract(text, engine="learned", model_dir=str(tiny))
        assert result.engine == "learned"
        for a in result.attributions:
            assert a.rule == "learned"
            spans = [a.cue.span, *a.parts, *([a.speaker.mention] if a.speaker.mention else [])]
            assert all(text[s.start:s.end] == s.text and s.text for s in spans)


def test_interrupted_training_keeps_the_last_complete_model(tmp_path: Path) -> None:
    def stop_after_first(line: str) -> None:
        if line.startswith("epoch 1/"):
            raise KeyboardInterrupt

    gold = write_corpus(tmp_path / "gold")
    with pytest.raises(KeyboardInterrupt):
        train(TrainOptions(gold=(str(gold),), out=str(tmp_path / "m"), epochs=5, hidden=16), echo=stop_after_first)
    loaded = store.load(tmp_path / "m")
    assert loaded.config["epoch"] == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["gold", "m"]


def _damage(model: Path, tmp: Path, name: str, content: str) -> Path:
    bad = tmp / f"bad-{name}"
    bad.mkdir()
    for f in model.iterdir():
        (bad / f.name).write_bytes(f.read_bytes())
    (bad / name).write_text(content)
    return bad


@pytest.mark.parametrize(("name", "content", "says"), [
    ("config.json", "{not json", "config.json: corrupt"),
    ("config.json", '{"format": "attrib-learned/0"}', "incompatible model format"),
    ("vocab.json", '{"words": 3}', "vocab.json: corrupt"),
    ("weights.pt", "not a torch file", "weights.pt: corrupt or incompatible weights"),
])
def test_a_damaged_model_is_one_line_and_exit_2(tiny: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                              name: str, content: str, says: str) -> None:
    bad = _damage(tiny, tmp_path, name, content)
    article = tmp_path / "a.txt"
    article.write_text(ARTICLES["budget"][0])
    assert main(["extract", "--engine", "learned", "--model", str(bad), str(article)]) == 2
    err = capsys.readouterr().err
    assert says in err and str(bad) in err and len(err.strip().splitlines()) == 1


def test_missing_model_dir_and_missing_file(tiny: Path, tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="no such model directory"):
        store.load(tmp_path / "nowhere")
    part = tmp_path / "part"
    part.mkdir()
    (part / "config.json").write_bytes((tiny / "config.json").read_bytes())
    with pytest.raises(ModelError, match=r"vocab\.json: missing"):
        store.load(part)


def test_a_language_the_model_was_not_trained_for_is_an_error(tiny: Path) -> None:
    import attrib

    with pytest.raises(ModelError, match="trained for 'en', the article is 'ar'"):
        attrib.extract("وقال المتحدث إن المحادثات ستستأنف.", engine="learned", model_dir=str(tiny))
    with pytest.raises(ModelError, match="no learned model is shipped for language 'ar'"):
        attrib.extract("وقال المتحدث إن المحادثات ستستأنف.", engine="learned")


@pytest.mark.skipif(torch.cuda.is_available(), reason="a GPU is present here")
def test_cuda_without_a_gpu(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    gold = write_corpus(tmp_path / "gold")
    assert main(["train", "--gold", str(gold), "-o", str(tmp_path / "m"), "--device", "cuda"]) == 2
    err = capsys.readouterr().err
    assert "no CUDA GPU" in err and len(err.strip().splitlines()) == 1
    assert not (tmp_path / "m").exists()


def test_gold_without_annotations_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "empty").mkdir()
    assert main(["train", "--gold", str(tmp_path / "empty"), "-o", str(tmp_path / "m")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err[-1].startswith("attrib: ") and "no usable annotated documents" in err[-1]
    assert any("no .ann files" in line for line in err)


def test_spans_not_matching_the_text_skip_that_file_and_count_it(tmp_path: Path) -> None:
    from attrib.learned.gold import read_corpus

    gold = write_corpus(tmp_path / "gold")
    (gold / "text" / "court.txt").write_text("The article was edited after annotation: " + ARTICLES["court"][0])
    with pytest.raises(GoldError):
        read_corpus([str(tmp_path / "nothing-here")], echo=False)
    corpus = read_corpus([str(gold)], echo=False)
    assert sorted(d.id for d in corpus.docs) == ["budget", "flood"]
    assert len(corpus.skipped) == 1 and "court.ann" in corpus.skipped[0]
    assert "does not match the text" in corpus.skipped[0]


def test_bad_train_options(tmp_path: Path) -> None:
    gold = write_corpus(tmp_path / "gold")
    with pytest.raises(OptionError, match="unknown device"):
        train(TrainOptions(gold=(str(gold),), out=str(tmp_path / "m"), device="tpu"))
    (tmp_path / "file").write_text("x")
    with pytest.raises(ModelError, match="not a directory"):
        train(TrainOptions(gold=(str(gold),), out=str(tmp_path / "file")))
    assert main(["train", "--gold", str(gold), "-o", str(tmp_path / "m"), "--lang", "fr"]) == 2
    with pytest.raises(OptionError, match="--rule selects light rules"):
        import attrib

        attrib.extract("She said it.", engine="learned", rules=["en.verb.speaker_before"])


def test_the_light_engine_never_imports_torch() -> None:
    code = ("import sys, attrib, attrib.learned, attrib.learned.infer; attrib.extract('She said it would rain.'); "
            "print('torch' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


def test_the_shipped_english_model_finds_a_plain_report() -> None:
    import attrib

    text = ARTICLES["budget"][0]
    result = attrib.extract(text, engine="learned")
    said = [a for a in result.attributions if a.cue.span.text.startswith("said")]  # PolNeAR: "said on Monday"
    assert said and said[0].speaker.mention is not None
    assert said[0].speaker.mention.text == "Finance minister Laila Haddad"
    assert "the budget deficit would narrow next year" in said[0].content.text

"""Does underthesea earn a place in unit and reference extraction? Prints the measurement.

Hand-labelled sentences in the style of the plans (not read from any gold file): for each,
the responsible units and the document numbers it contains. Compared:
- units: underthesea's NER (entity spans of any type) vs our gazetteer reader (extractors.units.read_units);
- numbers: how many survive underthesea's word_tokenize as one token, vs our reference regex.

Run with underthesea installed (it is not a project dependency):
    pip install underthesea==9.5.0 && python benchmarks/nlp_choice.py
"""
from __future__ import annotations

import time

from extractors.references import find_references
from extractors.units import read_units
from pipeline.normalize import fold

SENTENCES = [
    ("Sở Nội vụ chủ trì, phối hợp với Văn phòng UBND tỉnh tham mưu UBND tỉnh ban hành Quy chế theo Nghị định số "
     "61/2018/NĐ-CP.", ["Sở Nội vụ", "Văn phòng Ủy ban nhân dân tỉnh"], ["61/2018/NĐ-CP"]),
    ("Văn phòng Sở có trách nhiệm hướng dẫn, theo dõi việc triển khai thực hiện Kế hoạch.", ["Văn phòng Sở"], []),
    ("Phòng Kế hoạch - Tài chính phối hợp với Văn phòng Sở tham mưu lãnh đạo Sở bố trí kinh phí.",
     ["Phòng Kế hoạch - Tài chính", "Văn phòng Sở"], []),
    ("Sở Kế hoạch và Đầu tư chủ trì, phối hợp với Sở Tài chính tham mưu Danh mục theo Quyết định số 4034/QĐ-UBND.",
     ["Sở Kế hoạch và Đầu tư", "Sở Tài chính"], ["4034/QĐ-UBND"]),
    ("Thanh tra tỉnh chủ trì, phối hợp với Sở Kế hoạch và Đầu tư tham mưu UBND tỉnh.",
     ["Thanh tra tỉnh", "Sở Kế hoạch và Đầu tư"], []),
    ("Sở Thông tin và Truyền thông xây dựng kế hoạch bồi dưỡng kỹ năng ứng dụng công nghệ thông tin.",
     ["Sở Thông tin và Truyền thông"], []),
    ("Sở Lao động - Thương binh và Xã hội chủ trì, phối hợp với các cơ quan, đơn vị có liên quan thực hiện Nghị quyết "
     "số 30c/NQ-CP.", ["Sở Lao động - Thương binh và Xã hội"], ["30c/NQ-CP"]),
    ("Cục Thuế tỉnh, Cục Hải quan tỉnh, Kho bạc Nhà nước, Bảo hiểm xã hội tỉnh tham mưu tổ chức hội nghị đối thoại.",
     ["Cục Thuế tỉnh", "Cục Hải quan tỉnh", "Kho bạc Nhà nước", "Bảo hiểm xã hội tỉnh"], []),
    ("Sở Khoa học và Công nghệ chủ trì tham mưu tổ chức hội nghị tổng kết theo Chương trình hành động số 12-CTr/TU.",
     ["Sở Khoa học và Công nghệ"], ["12-CTr/TU"]),
    ("Chi cục Phòng, chống tệ nạn xã hội xây dựng và triển khai kế hoạch tập huấn nghiệp vụ.",
     ["Chi cục Phòng, chống tệ nạn xã hội"], []),
]


def main() -> None:
    import underthesea

    ours_hit = ner_hit = total = 0
    tokens_ok = regex_ok = n_numbers = 0
    ner_seconds = ours_seconds = 0.0
    for sentence, units, numbers in SENTENCES:
        total += len(units)
        started = time.perf_counter()
        found = {fold(u) for u in read_units(sentence)[0]}
        # our reader takes the leading unit list; units after "phối hợp với" come from the same reader
        if "phối hợp với " in sentence:
            found |= {fold(u) for u in read_units(sentence, sentence.index("phối hợp với ") + 12)[0]}
        ours_seconds += time.perf_counter() - started
        ours_hit += sum(fold(u) in found for u in units)
        started = time.perf_counter()
        # any entity type counts (the model tags "Cục Thuế" as a place), so NER gets every chance
        entities, current = [], []
        for word, _, _, tag in underthesea.ner(sentence):
            if tag.startswith("I-") and current:
                current.append(word)
            else:
                if current:
                    entities.append(" ".join(current))
                current = [word] if tag.startswith("B-") else []
        if current:
            entities.append(" ".join(current))
        ner_seconds += time.perf_counter() - started
        ner_hit += sum(fold(u) in {fold(e) for e in entities} for u in units)
        words = underthesea.word_tokenize(sentence)
        for number in numbers:
            n_numbers += 1
            tokens_ok += number in words
            regex_ok += number in {r.number for r in find_references(sentence)}
    print(f"units, exact name recovered: gazetteer {ours_hit}/{total}, underthesea NER {ner_hit}/{total}")
    print(f"document numbers kept whole: our regex {regex_ok}/{n_numbers}, underthesea word_tokenize {tokens_ok}/{n_numbers}")
    print(f"time for {len(SENTENCES)} sentences: gazetteer {ours_seconds * 1000:.1f} ms, NER {ner_seconds * 1000:.1f} ms")


if __name__ == "__main__":
    main()

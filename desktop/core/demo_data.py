"""Word lists for the demo event: names, organizations, titles, talks. Plain data only."""

from __future__ import annotations

# (romanised family name, Chinese) for Hong Kong (Cantonese romanisation, Traditional).
HK_FAMILY = [
    ("Chan", "陳"), ("Wong", "黃"), ("Lee", "李"), ("Cheung", "張"), ("Lau", "劉"),
    ("Ho", "何"), ("Leung", "梁"), ("Lam", "林"), ("Tsang", "曾"), ("Ng", "吳"),
    ("Yip", "葉"), ("Tang", "鄧"), ("Chow", "周"), ("Kwok", "郭"), ("Lo", "盧"),
    ("Fung", "馮"), ("Mak", "麥"), ("Yeung", "楊"), ("Cheng", "鄭"), ("Tse", "謝"),
    ("Siu", "蕭"), ("Poon", "潘"), ("Choi", "蔡"), ("Law", "羅"), ("Chu", "朱"),
]
HK_GIVEN = [
    ("Tai Man", "大文"), ("Ka Yan", "嘉欣"), ("Wing Kei", "詠琪"), ("Chi Ming", "志明"),
    ("Siu Ming", "小明"), ("Ka Ho", "家豪"), ("Wai Lun", "偉倫"), ("Mei Ling", "美玲"),
    ("Hoi Yan", "凱欣"), ("Chun Kit", "俊傑"), ("Ka Chun", "家俊"), ("Pui Yee", "佩儀"),
    ("Kit", "傑"), ("Man Yee", "敏儀"), ("Tsz Hin", "梓軒"), ("Hiu Tung", "曉彤"),
    ("Wai Kin", "偉健"), ("Sze Wan", "詩韻"), ("Kwok Wai", "國偉"), ("Yan", "欣"),
]
HK_ENGLISH_GIVEN = ["Ivy", "Kelvin", "Winnie", "Raymond", "Cherry", "Alan", "Karen", "Vincent",
                    "Gigi", "Eddie", "Fiona", "Marco", "Joyce", "Terence", "Queenie", "Jason"]
# Mainland China (pinyin, Simplified).
CN_FAMILY = [("Zhang", "张"), ("Wang", "王"), ("Li", "李"), ("Liu", "刘"), ("Chen", "陈"),
             ("Yang", "杨"), ("Zhao", "赵"), ("Huang", "黄"), ("Zhou", "周"), ("Wu", "吴"),
             ("Xu", "徐"), ("Sun", "孙"), ("Ma", "马"), ("Zhu", "朱"), ("Hu", "胡")]
CN_GIVEN = [("Wei", "伟"), ("Fang", "芳"), ("Na", "娜"), ("Yang", "洋"), ("Jing", "静"),
            ("Lei", "磊"), ("Min", "敏"), ("Jun", "军"), ("Xiuying", "秀英"), ("Hao", "浩"),
            ("Yuxuan", "宇轩"), ("Zihan", "子涵"), ("Haoran", "浩然"), ("Xinyi", "欣怡")]
# Taiwan (Wade-Giles style, Traditional).
TW_FAMILY = [("Lin", "林"), ("Chang", "張"), ("Huang", "黃"), ("Wu", "吳"), ("Tsai", "蔡"),
             ("Hsu", "許"), ("Cheng", "鄭"), ("Hsieh", "謝")]
TW_GIVEN = [("Yi-Ting", "怡婷"), ("Chia-Hao", "家豪"), ("Shu-Fen", "淑芬"), ("Chih-Wei", "志偉"),
            ("Ya-Wen", "雅雯"), ("Tsung-Han", "宗翰")]
JP_NAMES = [("Haruka", "Sato", "佐藤 遥"), ("Ren", "Suzuki", "鈴木 蓮"), ("Yui", "Takahashi", "高橋 結衣"),
            ("Sota", "Tanaka", "田中 蒼太"), ("Aoi", "Watanabe", "渡辺 葵"), ("Hina", "Ito", "伊藤 ひな")]
KR_NAMES = [("Min-jun", "Kim", "김민준"), ("Seo-yeon", "Lee", "이서연"), ("Ji-ho", "Park", "박지호"),
            ("Ha-eun", "Choi", "최하은"), ("Do-yun", "Jung", "정도윤")]
AE_NAMES = [("Mohammed", "Al-Farsi", "محمد الفارسي"), ("Fatima", "Al-Mansouri", "فاطمة المنصوري"),
            ("Omar", "Haddad", "عمر حداد")]
# Latin-script names by country: (given names, family names).
LATIN = {
    "US": (["James", "Emily", "Michael", "Sarah", "David", "Jessica", "Daniel", "Olivia"],
           ["Smith", "Johnson", "Williams", "Brown", "Miller", "Davis", "Garcia", "Wilson"]),
    "GB": (["Oliver", "Amelia", "Harry", "Isla", "George", "Charlotte"],
           ["Taylor", "Evans", "Thomas", "Roberts", "Walker", "Wright"]),
    "DE": (["Zoë", "Jürgen", "Lena", "Maximilian", "Anja", "Lukas"],
           ["Müller", "Schäfer", "Müller-Lüdenscheidt", "Weiß", "Köhler", "Groß"]),
    "FR": (["François", "Chloé", "Théo", "Léa", "Hélène", "Raphaël"],
           ["Dupont", "Lefèvre", "Moreau", "Girard", "Benoît", "Rousseau"]),
    "ES": (["José", "María", "Álvaro", "Lucía", "Iñigo"], ["García", "Martínez", "Núñez", "Peña", "Ibáñez"]),
    "SE": (["Björn", "Åsa", "Sören", "Märta"], ["Åkesson", "Lindqvist", "Öberg", "Sjöström"]),
    "PL": (["Łukasz", "Agnieszka", "Paweł", "Zofia"], ["Kowalski", "Wiśniewska", "Łęcki", "Nowak"]),
    "NL": (["Daan", "Sanne", "Bram", "Fleur"], ["de Vries", "van den Berg", "Jansen", "Bakker"]),
    "CH": (["Luca", "Mia", "Noah", "Elena"], ["Meier", "Brunner", "Keller", "Zürcher"]),
    "IN": (["Priya", "Arjun", "Ananya", "Rohan", "Kavya", "Vikram"],
           ["Sharma", "Iyer", "Patel", "Reddy", "Nair", "Gupta"]),
    "AU": (["Jack", "Matilda", "Liam", "Chloe"], ["O'Brien", "Nguyen", "Kelly", "Murphy"]),
    "CA": (["Ethan", "Maëlle", "Noah", "Ava"], ["Tremblay", "Roy", "Gagnon", "MacDonald"]),
    "SG": (["Wei Ling", "Jun Jie", "Hui Min", "Kai Xiang"], ["Tan", "Lim", "Goh", "Teo"]),
    "MY": (["Aisha", "Hafiz", "Nurul", "Arif"], ["Rahman", "Abdullah", "Ismail", "Hassan"]),
    "VN": (["An", "Linh", "Minh", "Thảo"], ["Nguyễn", "Trần", "Lê", "Phạm"]),
    "TH": (["Somchai", "Ploy", "Anan", "Kanya"], ["Srisuk", "Wongsawat", "Chaiyaporn", "Boonmee"]),
    "ID": (["Budi", "Siti", "Agus", "Dewi"], ["Santoso", "Wijaya", "Hartono", "Lestari"]),
    "PH": (["Jose Miguel", "Maria Clara", "Paolo", "Andrea"], ["Santos", "Reyes", "Cruz", "Bautista"]),
    "BR": (["João", "Ana", "Gabriel", "Beatriz"], ["Silva", "Conceição", "Araújo", "Gonçalves"]),
}
# (country, weight): 25 countries, most from Hong Kong and the region.
COUNTRIES = [
    ("HK", 40), ("CN", 12), ("TW", 5), ("SG", 5), ("JP", 4), ("KR", 3), ("US", 5), ("GB", 3),
    ("DE", 2), ("FR", 2), ("IN", 3), ("AU", 2), ("CA", 2), ("MY", 2), ("VN", 1), ("TH", 1),
    ("ID", 1), ("PH", 1), ("NL", 1), ("CH", 1), ("SE", 1), ("ES", 1), ("PL", 1), ("AE", 1),
    ("BR", 1),
]
ORGANIZATIONS = {
    "HK": ["The Hong Kong University of Science and Technology", "The University of Hong Kong",
           "The Chinese University of Hong Kong", "City University of Hong Kong",
           "The Hong Kong Polytechnic University Department of Computing and AI Research",
           "Harbour AI Labs", "Lion Rock Analytics", "Kowloon Robotics Ltd", "Victoria Harbour Bank",
           "Tsing Yi Semiconductors", "Science Park Ventures", "Tai Po Bio-AI", "Jade Cloud Systems",
           "Hong Kong Science and Technology Parks Corporation", "Pearl Delta Insurance"],
    "CN": ["Shenzhen Bay Intelligence Co.", "Tsinghua University", "Peking University",
           "Hangzhou Vision Works", "Shanghai AI Foundry", "Guangzhou Medical Data Institute"],
    "TW": ["National Taiwan University", "Taipei Neural Works", "Hsinchu Silicon AI"],
    "SG": ["National University of Singapore", "Singapore Institute of Applied Learning", "Merlion Capital"],
    "JP": ["University of Tokyo", "Tokyo Vision Research", "Osaka Robotics K.K."],
    "KR": ["KAIST", "Seoul Language Models Inc."],
    "AE": ["Mohamed bin Zayed University of Artificial Intelligence", "Gulf Data Systems"],
    "*": ["Bay Area Inference Co.", "Cambridge Reasoning Ltd", "ETH Zürich", "Institut Parisien d'IA",
          "Bavarian Machine Learning GmbH", "Bangalore Data Foundry", "Sydney Robotics Collective",
          "Open Model Foundation", "Northern Lights AI AB", "Global Health AI Alliance"],
}
TITLES = ["Research Scientist", "PhD Student", "Professor", "Associate Professor", "CTO", "CEO",
          "Founder", "Data Scientist", "Machine Learning Engineer", "Product Manager",
          "Head of AI", "Software Engineer", "Investment Director", "Policy Advisor",
          "Postdoctoral Fellow", "VP Engineering", "Journalist", "Solutions Architect"]
NOTES = ["Vegetarian lunch", "Wheelchair access", "Halal meal", "Needs invoice at the desk",
         "Nut allergy", "Arrives day 2 only"]
TRACKS = [("Foundation Models", "#2E6FD8"), ("AI in Finance", "#D8842E"),
          ("Robotics & Embodied AI", "#2EA86B"), ("Responsible AI", "#9B4DCA"),
          ("Healthcare AI", "#D84C6F"), ("Plenary", "#5A6270")]
ROOMS = [("Main Hall", 800), ("Auditorium", 300), ("Breakout Room 1", 80), ("Breakout Room 2", 80)]
KEYNOTES = [
    "The Next Decade of Foundation Models",
    "Building Trustworthy AI for Asia's Financial Centres",
    "From Lab to Factory Floor: Embodied Intelligence at Scale",
    "AI for Public Health: Lessons from Hong Kong",
]
TALKS = {
    "Foundation Models": [
        "Efficient Fine-Tuning of Multilingual Language Models", "Cantonese Speech Recognition at Scale",
        "Long-Context Retrieval Without the Cost", "Evaluating Reasoning in Large Language Models",
        "大型語言模型的粵語能力評測", "Mixture-of-Experts in Production", "Small Models, Big Wins",
    ],
    "AI in Finance": [
        "Fraud Detection with Graph Neural Networks", "LLM Agents for Compliance Review",
        "Real-Time Risk Models on the Trading Floor", "人工智能在香港金融業的應用",
        "Explainable Credit Scoring for Regulators",
    ],
    "Robotics & Embodied AI": [
        "Warehouse Robots That Learn From Demonstration", "Sim-to-Real Transfer for Manipulation",
        "Autonomous Inspection of Tunnels and Bridges", "具身智能：從模擬到現實",
    ],
    "Responsible AI": [
        "Auditing Models for Bias in Multilingual Settings", "Privacy-Preserving Learning on Medical Records",
        "AI Governance Frameworks Across APAC", "Red-Teaming Generative Models",
    ],
    "Healthcare AI": [
        "Radiology Foundation Models in the Clinic", "Predicting Hospital Demand in Winter Surges",
        "Drug Discovery with Generative Chemistry", "醫療影像人工智能的臨床驗證",
    ],
}
PANELS = ["Regulating AI: Hong Kong, Singapore and Beyond", "Open vs Closed Models: Who Wins?",
          "Talent and Education for the AI Decade", "Investing in Deep Tech in Asia"]
ROUND_TABLES = ["Round Table: Data Sharing Between Hospitals", "Round Table: Women in AI Leadership",
                "Round Table: Compute for Universities", "Round Table: AI Startups Meet Investors"]
WORKSHOPS = ["Hands-on: Fine-Tuning an Open Model in 90 Minutes", "Workshop: Evaluating LLM Applications",
             "Workshop: Robot Learning with Open Hardware", "Workshop: Responsible AI Checklists in Practice"]
